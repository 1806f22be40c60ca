import { render } from 'preact';
import { PopupView } from '../../ui/popup/popup-view.tsx';

render(<PopupView />, document.getElementById('app')!);
