/** The guard toggle's words, in the same three languages as the in-page UI that it switches on. */
import type { Localized } from '../engine/types';

const L = (zhCN: string, zhTW: string, en: string): Localized => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const O = {
  title: L('手机号输入框提醒', '手機號碼欄位提醒', 'Phone-field guard'),
  toggle: L('保护所有注册表单', '保護所有註冊表單', 'Guard every signup form'),
  explain: L(
    '开启后，当您在任意网站点击手机号输入框时，隐私雷达会检查该网站的隐私政策，并在输入框旁显示风险等级。为此需要授予“读取所有网站”的可选权限；页面内容只在您的浏览器中分析，不会发送到任何服务器。关闭本选项后不再在网页中运行任何脚本。',
    '開啟後，當您在任何網站點選手機號碼欄位時，隱私雷達會檢查該網站的隱私權政策，並在欄位旁顯示風險等級。為此需要授予「讀取所有網站」的選用權限；頁面內容只在您的瀏覽器中分析，不會傳送到任何伺服器。關閉本選項後不再在網頁中執行任何指令碼。',
    'When on, focusing a phone-number field on any site makes PolicyRadar check that site’s privacy policy and show its risk level next to the field. This needs the optional “read all sites” permission; pages are analysed only in your browser and nothing is sent anywhere. Turn it off and no script runs in web pages.',
  ),
  denied: L('未获得权限，提醒保持关闭。', '未取得權限，提醒維持關閉。', 'Permission not granted; the guard stays off.'),
  scopeAll: L('正在保护：所有网站', '正在保護：所有網站', 'Guarding: every site'),
  scopeSome: L(
    '正在保护：您已授权的 $1 个网站',
    '正在保護：您已授權的 $1 個網站',
    'Guarding: the $1 sites you allowed',
  ),
} satisfies Record<string, Localized>;
