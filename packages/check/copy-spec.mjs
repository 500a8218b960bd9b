// The packed checker reads the spec it checks against from dist/, beside its code: the bundle of @vbem/spec at build time.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

copyFileSync(createRequire(import.meta.url).resolve('@vbem/spec/openapi.json'), 'dist/openapi.json');
