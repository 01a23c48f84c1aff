import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import { runPage } from '../../src/ui/page.ts';
import { startOptions } from '../../src/ui/options/main.ts';

runPage(startOptions);
