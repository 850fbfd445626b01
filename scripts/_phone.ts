import { audit } from '../src/engine';
import { readSet } from '../src/cli/corpus';
import { checkIds, restrict } from '../src/cli/split';
import { predictedPhone, predictedMarketing } from '../src/cli/metrics';
for (const dir of ['../shared/corpus/zh-capp130-dev', '../shared/corpus/zh-wild']) {
  const set = restrict(readSet(dir), checkIds(dir), 'tune');
  for (const row of set.polarity!) {
    if (row.polarity !== 'shares' && row.polarity !== 'consent') continue;
    const r = audit(row.text, { assumePolicy: true });
    const p = predictedPhone(r),
      m = predictedMarketing(r);
    if (p !== row.phone)
      console.log(
        `PHONE gold=${row.phone} pred=${p}\t${row.text.slice(0, 150)}\t${r.findings.map((f) => f.data.join(',')).join(';')}`,
      );
    if (m !== row.marketing)
      console.log(
        `MKT gold=${row.marketing} pred=${m}\t${row.text.slice(0, 150)}\t${r.findings.map((f) => f.purposes.join(',') + '/' + f.recipients.join(',')).join(';')}`,
      );
  }
}
