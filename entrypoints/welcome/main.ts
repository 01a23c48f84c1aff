import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import './welcome.css';
import { runPage } from '../../src/ui/page.ts';
import { startWelcome } from '../../src/ui/welcome/main.ts';

runPage(startWelcome);
