/** Issue #5: which inputs the guard treats as phone fields. Rows read as the spec: must and must not match. */
import { describe, expect, test } from 'vitest';
import { filledPhoneField, isPhoneField } from '../../src/content/guard/detect';
import { parse } from './extract-fixtures';

function input(html: string): Element | null {
  const doc = parse(`<!doctype html><body><form>${html}</form></body>`);
  return doc.querySelector('[data-t]');
}

const MATCH = [
  '<input data-t type="tel">',
  '<input data-t type="TEL" name="x">',
  '<input data-t type="text" autocomplete="tel">',
  '<input data-t autocomplete="section-a shipping tel-national">',
  '<input data-t type="text" name="mobile">',
  '<input data-t type="number" id="userPhone">',
  '<input data-t id="userTel">',
  '<input data-t name="tel_no">',
  '<input data-t name="telNumber">',
  '<input data-t placeholder="请输入手机号">',
  '<input data-t placeholder="請輸入手機號碼">',
  '<input data-t aria-label="联系电话">',
  '<label>手机号 <input data-t type="text"></label>',
  '<label for="p">电话</label><input data-t id="p">',
  '<span id="l">Mobile number</span><input data-t aria-labelledby="l">',
  '<input data-t name="cellphone">',
  '<input data-t placeholder="Phone">',
];

const NO_MATCH = [
  '<input data-t type="text" name="nickname">',
  '<input data-t type="email" name="phone_or_email" placeholder="手机号">',
  '<input data-t type="password" placeholder="手机号登录密码">',
  '<input data-t type="hidden" name="phone">',
  '<input data-t type="checkbox" name="phone_agree">',
  '<input data-t type="tel" name="smsCode" placeholder="短信验证码">',
  '<input data-t name="phoneCode" placeholder="区号">',
  '<input data-t name="captcha" placeholder="请输入图形验证码">',
  '<input data-t name="hotel">',
  '<input data-t name="telegram">',
  '<input data-t name="title">',
  '<input data-t name="q" placeholder="搜索">',
  '<textarea data-t name="phone"></textarea>',
  '<select data-t name="phone"></select>',
  '<label>验证码 <input data-t type="tel"></label>',
];

describe('isPhoneField', () => {
  test.each(MATCH)('matches %s', (html) => expect(isPhoneField(input(html))).toBe(true));
  test.each(NO_MATCH)('does not match %s', (html) => expect(isPhoneField(input(html))).toBe(false));
  test('null and non-elements are not fields', () => {
    expect(isPhoneField(null)).toBe(false);
    expect(isPhoneField(parse('<p>x</p>').createTextNode('手机'))).toBe(false);
  });
});

describe('filledPhoneField (the ledger hook, issue #6)', () => {
  test('finds the filled phone field of a form, and nothing when it is empty', () => {
    const doc = parse('<form><input name="nick" value="小王"><input type="tel" name="phone" value=""></form>');
    const form = doc.querySelector('form');
    if (!form) throw new Error('no form');
    expect(filledPhoneField(form)).toBeNull();
    const phone = doc.querySelector<HTMLInputElement>('[name=phone]');
    if (phone) phone.value = '13812345678';
    expect(filledPhoneField(form)).toBe(phone);
  });
});
