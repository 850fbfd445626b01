import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/engine/normalize';
import { blankBreaks, listItems, markerOf, segment, softBreaks } from '../../../src/engine/segment';

// English as audit() reads it: the original's soft breaks blanked in the text it is given (offsets hold)
const unwrap = (text: string, original: string) => blankBreaks(text, softBreaks(original));

// The patterns tried one by one, in order, as markerOf did before it tried only those a first character allows.
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/^第[一二三四五六七八九十百零\d]+[章节条部分]/, 'chap'],
  [/^[一二三四五六七八九十]+(?:[、.,]|\s(?=\S))/, 'cn'],
  [/^[(（][一二三四五六七八九十]+[)）]/, 'cnp'],
  [/^[壹贰叁参肆伍陆柒捌玖拾]+(?:[、.,]|\s(?=\S))/, 'cnf'],
  [/^【(?:[一二三四五六七八九十]+|\d{1,2})】/, 'cnb'],
  [/^\d{1,2}(?:\.\d{1,2}){2,}/, 'n3'],
  [/^\d{1,2}\.\d{1,2}(?![\d])/, 'n2'],
  [/^\d{1,2}(?:[.、](?!\d)|\s|,)/, 'n1'],
  [/^[(（]\d{1,2}[)）]|^\d{1,2}[)）]/, 'np'],
  [/^[\u2460-\u2473]/, 'circ'],
  [/^[(（]?[a-z][.、)）]/, 'alpha'],
  [/^[\u2160-\u217f]+[.、,]?/, 'roman'],
  [/^[-*•·▪●◆■◇□>+]/, 'bullet'],
];
const oneByOne = (line: string) => PATTERNS.find(([pattern]) => pattern.test(line))?.[1] ?? null;

describe('markerOf', () => {
  test.each([
    ['第三章 共享', 'chap'],
    ['三、我们如何共享', 'cn'],
    ['二 我们如何共享', 'cn'],
    ['（二）委托处理', 'cnp'],
    // Taiwan's formal numerals, folded
    ['柒、资料之分享与揭露', 'cnf'],
    ['贰 个人资料之利用', 'cnf'],
    ['【二】委托处理', 'cnb'],
    ['【12】委托处理', 'cnb'],
    ['1.2.3 条款', 'n3'],
    ['1.2 条款', 'n2'],
    ['1. 条款', 'n1'],
    ['(1) 条款', 'np'],
    ['2）条款', 'np'],
    ['① 条款', 'circ'],
    ['a. 条款', 'alpha'],
    ['(b) 条款', 'alpha'],
    ['Ⅱ. 条款', 'roman'],
    ['• 条款', 'bullet'],
    ['我们会', null],
    ['sdk名称：', null],
  ])('%s → %s', (line, style) => expect(markerOf(line)).toBe(style));

  // every first character the markers allow, with every continuation that could make or break one
  const firsts = [...'第一三十壹柒参(（【0129①⑳azⅠⅿ-*•·▪●◆■◇□>+我s'];
  const rests = [
    '',
    '三章',
    '、',
    '.',
    ',',
    ')',
    '）',
    '2)',
    '2）',
    '.2',
    '.2.3',
    '.23',
    '、2',
    ' x',
    '1.',
    '十条',
    'a)',
    '）x',
    '一】',
    '2】',
  ];
  test('agrees with trying every pattern in order', () => {
    for (const first of firsts)
      for (const rest of rests)
        expect([first + rest, markerOf(first + rest)]).toEqual([first + rest, oneByOne(first + rest)]);
  });
});

test('a title numbered 【一】 or 「三，」 is a title: the comma closing a marker is no clause', () => {
  const text = '【一】共享和转让\n我们会与合作伙伴共享您的设备信息。\n三，对外提供信息\n我们会向物流公司提供您的地址。';
  expect(segment(fold(text, 'zh-Hans'), false).map((s) => s.heading)).toEqual([true, false, true, false]);
});

test('a line that ends in a comma goes on past its break: never a heading', () => {
  const text = '三、共享\n我们可能与我们的关联公司共享您的账号信息，\n用于提供一致的会员服务。';
  expect(segment(text, false).map((s) => s.heading)).toEqual([true, false, false]);
});

describe('English line breaks (issue #17.10)', () => {
  const sentences = (text: string) => {
    const found = segment(unwrap(fold(text, 'en'), text), true, unwrap(text, text));
    return found.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
  };

  test('a capitalised short line is a heading (its capitals are read in the original, not the folded text)', () => {
    const text = 'Sharing with partners\nPartners who deliver the service receive your phone number.';
    expect(segment(unwrap(fold(text, 'en'), text), true, text).map((s) => s.heading)).toEqual([true, false]);
  });

  test('a heading line is not glued to the capitalised sentence after it', () => {
    expect(sentences('Transferring your information\nPinterest is a worldwide service. We share data.')).toEqual([
      'Transferring your information',
      'Pinterest is a worldwide service.',
      'We share data.',
    ]);
  });

  test('a hard-wrapped sentence still reads as one', () => {
    expect(sentences('We may share your email address\nwith our marketing partners.')).toEqual([
      'We may share your email address with our marketing partners.',
    ]);
  });
});

describe('a flattened table row', () => {
  test('keeps its 「；」-separated fields in one sentence, while prose still ends at 「；」', () => {
    const row = 'SDK名称：某某SDK；使用目的：推送；收集信息类型：设备标识。';
    expect(segment(fold(row, 'zh-Hans'), false).length).toBe(1);
    expect(segment(fold('我们会共享；我们不会出售。', 'zh-Hans'), false).length).toBe(2);
  });
  test('in English too: "Label: value; Label: value" is one entry, while prose still ends at ";"', () => {
    const row = 'Vendor: Northwind Texts; Purpose: appointment reminders; Data: mobile number.';
    const prose = 'We share your data; We never sell it.';
    expect(segment(fold(row, 'en'), true, row).length).toBe(1);
    expect(segment(fold(prose, 'en'), true, prose).length).toBe(2);
  });
});

describe('items of a list a lead-in opens, without their final stop (written for this test)', () => {
  const LIST = [
    '在以下情形中，我们可能会共享您的个人信息：',
    '（1）与关联公司共享您的手机号码，用于提供统一的账号服务',
    '（2）与授权合作伙伴共享您的设备信息',
    '（3）根据法律法规的要求进行提供',
  ];
  // what the audit reads as a clause: not a heading, or a heading that is a list's item
  const clauses = (lines: string[]) => {
    const text = lines.join('\n');
    const found = segment(text, false);
    const items = listItems(found, text);
    return found.map((s, i) => !s.heading || items.has(i));
  };

  test('are clauses, as they are with it, and still close a section as titles do', () => {
    const lines = ['隐私政策', ...LIST, '四、安全', '我们会采取加密措施。'];
    expect(clauses(lines)).toEqual([false, true, true, true, true, false, true]);
    const found = segment(lines.join('\n'), false);
    expect([...listItems(found, lines.join('\n'))]).toEqual([2, 3, 4]);
    expect(found.map((s) => s.heading)).toEqual([true, false, true, true, true, true, false]);
  });

  test('a table of contents keeps its titles: their words stand again as headings', () => {
    const toc = [
      '本政策包括以下内容：',
      '一、收集信息',
      '二、对外提供信息',
      '一、收集信息',
      '我们会收集您的手机号码。',
    ];
    toc.push('二、对外提供信息', '我们会与合作伙伴共享您的设备信息。');
    expect(clauses(toc)).toEqual([true, false, false, false, true, false, true]);
  });

  test('a table of contents numbered 「1 、」, its chapters in Markdown bold, is one too', () => {
    const toc = ['本政策将帮助您了解以下内容：', '1 、收集信息', '2 、对外提供信息', '**一、收集信息**'];
    toc.push('我们会收集您的手机号码。', '**二、对外提供信息**', '我们会与合作伙伴共享您的设备信息。');
    expect(clauses(toc)).toEqual([true, false, false, false, true, false, true]);
  });

  test('one item alone, or items under no lead-in, stay titles', () => {
    expect(clauses(['隐私政策', LIST[0]!, LIST[1]!, '四、安全', '我们会采取加密措施。'])[2]).toBe(false);
    expect(clauses(['隐私政策', LIST[1]!, LIST[2]!, '四、安全', '我们会采取加密措施。'])[1]).toBe(false);
  });
});
