import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/engine/normalize';
import { audit } from '../../../src/engine';

// Rules read the folded text, where full-width punctuation is ASCII: 「，」 is ',' and 「；」 is ';'. A character class written
// with 「，」 alone never stops at a comma, and a window meant to stay inside one clause reads across it.
const ENGINE = join(__dirname, '../../../src/engine');
const sources = [ENGINE, join(ENGINE, 'rules')].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
);

describe('patterns over folded text', () => {
  test('folding turns full-width punctuation into ASCII', () => {
    expect(fold('我们，你；好：（是）', 'zh-Hans')).toBe('我们,你;好:(是)');
  });

  test.each(sources)('%s: every class naming 「，」 or 「；」 names its ASCII form too', (_name, source) => {
    const classes = source.match(/\[\^?[^\]\n]*\]/g) ?? [];
    const halfFolded = classes.filter(
      (c) => (c.includes('，') && !c.includes(',')) || (c.includes('；') && !c.includes(';')),
    );
    expect(halfFolded).toEqual([]);
  });

  test('a clause-bounded window stops at a full-width comma', () => {
    // 「委托…处理」 may not reach from one clause into the next
    const report = audit('我们委托第三方开展问卷调研，并签署协议，明确双方责任、处理事项和期限。', {
      assumePolicy: true,
    });
    const entrust = report.findings.filter((f) => f.rule === 'zh-entrust');
    expect(entrust.flatMap((f) => f.triggers).filter((t) => t.includes('，'))).toEqual([]);
  });
});
