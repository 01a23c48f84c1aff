import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import './welcome.css';
import { startWelcome } from '../../src/ui/welcome/main.ts';

void startWelcome();
