import '../../src/ui/theme.css';
import './popup.css';
import { startPopup } from '../../src/ui/popup/main.ts';

void startPopup();
