import { render } from 'preact';
import { browserConnector } from '../shared/browser-connector';
import { History } from './History';
import '../shared/theme.css';
import './history.css';

const connector = browserConnector();
document.documentElement.lang = connector.lang;
document.title = connector.t('historyTitle');
const root = document.getElementById('app');
if (root) render(<History connector={connector} />, root);
