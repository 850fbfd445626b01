/**
 * The host-permission match pattern for an origin (issue #15). Match patterns carry no port: Firefox answers
 * permissions.contains({ origins: ['http://host:8080/*'] }) with false when 'http://host/*' is granted, and a
 * pattern with a port is not what a user grants. Built from scheme and hostname, it means the same in both
 * browsers and covers every port of the host, as the grant does.
 */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** Whether the host permission for `origin` is held, asked the way both browsers answer alike. */
export function holdsOrigin(
  permissions: { contains(p: { origins: string[] }): Promise<boolean> },
  origin: string,
): Promise<boolean> {
  return permissions.contains({ origins: [originPattern(origin)] });
}
