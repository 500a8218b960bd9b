// The report as JSON: the whole result, for programs.
import { type CheckResult, VERSION } from '../check.ts';

export const renderJson = (result: CheckResult): string => `${JSON.stringify({ tool: 'vbem-check', version: VERSION, ...result }, null, 2)}\n`;
