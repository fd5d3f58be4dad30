// Runs once before the e2e tests: without a browser, one line on how to get one beats a launch error per test.
import { exitUnlessChromium } from '../../scripts/lib/shell-process';

export default exitUnlessChromium;
