import type { SharingEntry, Span } from './types';

/** Turns a row of an SDK directory or sharing list into {party, purpose, data, link}. */

const FIELD = /([\u4e00-\u9fa5a-z]{2,12})\s*[:：]/g;
const PARTY_KEY = /名称|主体|公司|提供方|第三方|sdk$/;
const PURPOSE_KEY = /目的|用途|场景|功能/;
const DATA_KEY = /类型|字段|信息|数据|权限|范围/;
const LINK = /https?:\/\/[^\s,，;；)）]+/;

export function parseEntry(original: string, folded: string, span: Span): SharingEntry | null {
  const fields: Array<{ key: string; value: string }> = [];
  const keys: Array<{ key: string; at: number; valueAt: number }> = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(folded); m; m = FIELD.exec(folded)) {
    if (/^https?$/.test(m[1]!)) continue;
    keys.push({ key: m[1]!, at: m.index, valueAt: m.index + m[0].length });
  }
  for (let k = 0; k < keys.length; k++) {
    const end = k + 1 < keys.length ? keys[k + 1]!.at : original.length;
    const value = original.slice(keys[k]!.valueAt, end).replace(/^[\s,，]+|[\s,，;；。]+$/g, '');
    if (value) fields.push({ key: keys[k]!.key, value });
  }
  const pick = (pattern: RegExp) => fields.find((f) => pattern.test(f.key))?.value;
  let party = pick(PARTY_KEY);
  if (!party && keys.length > 0) {
    party = original
      .slice(0, keys[0]!.at)
      .replace(/^[\s\d.、()（）\-•·]+|[\s,，:：]+$/g, '')
      .trim();
  }
  if (!party) return null;
  const entry: SharingEntry = { party: party.slice(0, 80), span };
  const purpose = pick(PURPOSE_KEY);
  const data = fields.find((f) => DATA_KEY.test(f.key) && !PARTY_KEY.test(f.key) && !PURPOSE_KEY.test(f.key))?.value;
  const link = LINK.exec(original)?.[0];
  if (purpose) entry.purpose = purpose.slice(0, 200);
  if (data) entry.data = data.slice(0, 300);
  if (link) entry.link = link;
  return entry;
}
