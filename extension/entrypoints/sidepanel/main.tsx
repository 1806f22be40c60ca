import { render } from 'preact';
import { SidePanel } from '../../ui/side-panel.tsx';

render(<SidePanel />, document.getElementById('app')!);
