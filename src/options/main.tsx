import { render } from 'preact';
import { uiLang } from '../content/strings';
import { browserGuardApi } from './guard-api';
import { GuardSection } from './GuardSection';
import '../shared/theme.css';

const lang = uiLang(chrome.i18n.getUILanguage());
document.documentElement.lang = lang;
const root = document.getElementById('app');
if (root) render(<GuardSection api={browserGuardApi} lang={lang} />, root);
