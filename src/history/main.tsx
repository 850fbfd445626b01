import { render } from 'preact';
import { browserConnector } from '../shared/browser-connector';
import { Tabs } from './Tabs';
import { browserGuardApi } from '../options/guard-api';
import { GuardSection } from '../options/GuardSection';
import { uiLang } from '../content/strings';
import '../shared/theme.css';
import './history.css';
import '../ledger/view/ledger.css';

const connector = browserConnector();
document.documentElement.lang = connector.lang;
document.title = connector.t('historyTitle');
const root = document.getElementById('app');
if (root) render(<Tabs connector={connector} />, root);
// Issue #5: the phone-field guard's switch, below the history, on the page the browser opens as our options.
const guard = document.createElement('div');
guard.className = 'guard-options';
document.body.append(guard);
render(<GuardSection api={browserGuardApi} lang={uiLang(connector.lang)} />, guard);
