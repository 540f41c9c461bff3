/** The engine's public surface, built to dist/core.js for tools: `require('factdesk/dist/core.js').analyze(text, options)`. */
export { analyze, check, Analyzer, type Analysis } from './analyze';
export { CLAIM_KINDS, KINDS, RULES, RULE_CODES, SEVERITIES, isClaimKind, isRuleCode, rulesOfKind, ruleDocPath, ruleDocUrl } from './claims';
export type { Claim, ClaimKind, KindInfo, ParagraphLink, RuleCode, RuleInfo, Severity, Span, Speaker, Source } from './claims';
export type { SourceLink } from './paragraphLinks';
export type { AnalyzeOptions, Dateline, LanguageId, LinkStyle } from './options';
export { LineIndex, type Position } from './lineIndex';
export { parseConfig, mergeOptions, type ParsedConfig } from './config';
export { renderReport, REPORT_FORMATS, toJsonReport, type ReportFormat, type ReportFile, type ClaimStatus, type JsonReport } from './report';
