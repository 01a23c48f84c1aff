import '../../src/ui/theme.css';
import './popup.css';
import { runPage } from '../../src/ui/page.ts';
import { startPopup } from '../../src/ui/popup/main.ts';

runPage(startPopup);
