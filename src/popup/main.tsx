import { render } from 'preact';
import { browserConnector } from '../shared/browser-connector';
import { App } from './App';
import { tabIdFromSearch } from './tab-id';
import '../shared/theme.css';
import './popup.css';

const connector = browserConnector();
document.documentElement.lang = connector.lang;
document.title = connector.t('extName');
const root = document.getElementById('app');
if (root) render(<App connector={connector} tabId={tabIdFromSearch(location.search)} />, root);
