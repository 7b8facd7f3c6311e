/** Words of the reply composer on the analyzer page, in both languages. */
import type { Lang } from './lang.ts';

export interface ReplyStrings {
  heading: string;
  lead: string;
  language: string;
  languages: Record<Lang, string>;
  textLabel: string;
  copyText: string;
  copyMarkdown: string;
  copied: string;
  loading: string;
  unavailable: string;
  symptom: string;
  noSymptom: string;
  matching: string;
}

export const REPLY_STRINGS: Record<Lang, ReplyStrings> = {
  'zh-CN': {
    heading: '回复草稿',
    lead: '根据本次分析生成的回复，可直接粘贴到邮件中：次数、日期、代码含义、排查步骤链接和补丁包哈希都来自日志和本站资料，无需手工转抄。',
    language: '回复语言',
    languages: { 'zh-CN': '中文', en: 'English' },
    textLabel: '回复内容（只读）',
    copyText: '复制纯文本',
    copyMarkdown: '复制 Markdown',
    copied: '已复制',
    loading: '正在准备回复…',
    unavailable: '无法加载回复所需的站点资料，请刷新页面后重试。',
    symptom: '插入现象链接',
    noSymptom: '不插入',
    matching: '与此相符',
  },
  en: {
    heading: 'Draft reply',
    lead: 'A reply made from this analysis, ready to paste into an e-mail: counts, dates, code meanings, links to the runbook steps and the package hash all come from the logs and this site, with nothing re-typed.',
    language: 'Reply language',
    languages: { 'zh-CN': '中文', en: 'English' },
    textLabel: 'Reply (read-only)',
    copyText: 'Copy as text',
    copyMarkdown: 'Copy as Markdown',
    copied: 'Copied',
    loading: 'Preparing the reply…',
    unavailable: 'The site data the reply needs could not be loaded; reload the page and try again.',
    symptom: 'Insert a symptom link',
    noSymptom: 'None',
    matching: 'matches',
  },
};

export const replyStrings = (lang: Lang): ReplyStrings => REPLY_STRINGS[lang];
