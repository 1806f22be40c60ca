import { render } from 'preact';
import { InsightsPage } from '../../ui/insights/insights-page.tsx';

render(<InsightsPage />, document.getElementById('app')!);
