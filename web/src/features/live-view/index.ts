import './i18n';
// features/live-view: the supervisors' live view of queues, agents and near-breach work (/admin/live).
export { LiveViewPage } from './components/live-view-page';
