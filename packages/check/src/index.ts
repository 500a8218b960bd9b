// @vbem/check: vbem-check as a library, for programs that run the check and read its result themselves.
export { type CheckOptions, type CheckResult, type Coverage, runCheck, USER_AGENT, VERSION } from './check.ts';
export { type Finding, type Kind, type Media, type Row } from './findings.ts';
export { renderJson } from './report/json.ts';
export { renderJunit } from './report/junit.ts';
export { renderMarkdown } from './report/markdown.ts';
