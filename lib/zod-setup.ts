/**
 * zod without code generation. zod 4 compiles object schemas with `new Function` when it can; the
 * extension's pages forbid that (content security policy, wxt.config.ts), so zod would try, be
 * refused and fall back on every page. Saying so once up front avoids the attempt and the violation
 * reports. Every entrypoint that validates imports this first.
 */
import { z } from 'zod';

z.config({ jitless: true });
