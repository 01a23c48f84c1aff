import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import './clean.css';
import { runPage } from '../../src/ui/page.ts';
import { startCleaner } from '../../src/ui/clean/main.ts';

runPage(startCleaner);
