/**
 * Worst cases for a rule engine, built to a byte size: runs of trigger words with no punctuation, nested
 * negations and exceptions, endless list markers, and a lone huge "sentence". Used by bench and the fuzz test.
 */
const PIECES = [
  '我们不会不会不会与第三方共享提供披露转让',
  '除非除外但以下情况除外未经您同意不会',
  '第三方SDK收集获取合作伙伴广告主可能会收集您的手机号码',
  '（1）（2）（3）①②③1、2、3、',
  '向向向向关联公司合作伙伴提供给予至',
  'we do not not never share disclose sell except unless ',
];

export function adversarialText(bytes: number): string {
  let out = '';
  let i = 0;
  while (Buffer.byteLength(out, 'utf8') < bytes) {
    const chunk = PIECES[i % PIECES.length]!.repeat(200);
    out += chunk;
    i++;
  }
  return out;
}
