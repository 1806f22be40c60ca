import { render } from 'preact';
import { OptionsPage } from '../../ui/options/options-page.tsx';

render(<OptionsPage />, document.getElementById('app')!);
