/**
 * Preact schedules effects after paint with a 35 ms timer that then calls cancelAnimationFrame. A file's last
 * unmount can leave one pending; on a busy machine vitest tore jsdom down first and the timer threw
 * "cancelAnimationFrame is not defined" — an unhandled error that fails the run although every test passed
 * (seen with two `npm test` side by side, issue #15). Timers fire in order of expiry, so one of 100 ms set
 * after the tests lets every such timer run while the globals still exist.
 */
import { afterAll } from 'vitest';

afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
