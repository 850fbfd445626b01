/**
 * Is this input where a site asks for a phone number? (issue #5) Checked in JS, not with selectors:
 * case-insensitive attribute selectors are missing from some DOMs, and labels are text, not attributes.
 * This file ships in the always-on watcher, so it stays a few hundred bytes.
 */

/** Words for a phone number in a field's name, id, placeholder or label; `tel` only as a word of its own. */
const PHONE = /手机|手機|电话|電話|联系方式|phone|mobile|cell|(?:^|[^a-z])tel(?:$|[^a-z]|ephone|no|num)/i;
/** Fields next to the number that mention it: SMS codes, country codes, captchas. */
const NOT_PHONE = /验证码|驗證碼|校验码|区号|區號|code|captcha|otp|verif/i;
const TEXTUAL = new Set(['tel', 'text', 'number', 'search', '']);

function describe(input: HTMLInputElement): string {
  const parts = [input.name, input.id, input.placeholder, input.getAttribute('aria-label') ?? ''];
  for (const label of input.labels ?? []) parts.push(label.textContent ?? '');
  const by = input.getAttribute('aria-labelledby');
  if (by) for (const id of by.split(/\s+/)) parts.push(input.ownerDocument.getElementById(id)?.textContent ?? '');
  return parts.join(' ');
}

export function isPhoneField(target: EventTarget | null): target is HTMLInputElement {
  const input = target as HTMLInputElement | null;
  if (!input || input.tagName !== 'INPUT') return false;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (!TEXTUAL.has(type)) return false;
  const text = describe(input);
  if (NOT_PHONE.test(text)) return false;
  if (type === 'tel') return true;
  if (/(?:^|\s)tel(?:-national)?(?:\s|$)/i.test(input.getAttribute('autocomplete') ?? '')) return true;
  // CamelCase ids (userTel, mobileNo) read as words once split.
  return PHONE.test(text.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * The phone field of a form, if it has a filled one: what the ledger's submit listener (issue #6,
 * ./capture.ts) records, so detection lives in one place.
 */
export function filledPhoneField(form: HTMLFormElement): HTMLInputElement | null {
  for (const el of Array.from(form.elements)) if (isPhoneField(el) && el.value.trim() !== '') return el;
  return null;
}
