import '../../src/ui/theme.css';
import '../../src/ui/pages.css';
import './clean.css';
import { startCleaner } from '../../src/ui/clean/main.ts';

void startCleaner();
