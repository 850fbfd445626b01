/** URLs as a person reads them (issue #17.2): 「/隐私政策.html」 rather than its percent-encoding. */
export function shownUrl(url: string): string {
  try {
    // decodeURI leaves reserved characters (%2F, %3F…) encoded, so the shown URL still means the same.
    return decodeURI(url);
  } catch {
    return url;
  }
}
