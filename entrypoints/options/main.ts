import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import { startOptions } from '../../src/ui/options/main.ts';

void startOptions();
