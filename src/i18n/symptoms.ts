/** Words of the symptom pages, the troubleshooter and the home page's three ways in. */
import type { SymptomPlace } from '../catalog/types.ts';
import type { Lang } from '../i18n/lang.ts';

export interface SymptomStrings {
  indexTitle: string;
  indexLead: string;
  places: Record<SymptomPlace, string>;
  seen: string;
  where: string;
  quoteFrom: string;
  description: string;
  causes: string;
  guide: string;
  guideLead: string;
  question: (n: number) => string;
  nextQuestion: (n: number) => string;
  step: (title: string, n: number, step: string) => string;
  codeArticle: string;
  otherSymptom: string;
  restart: string;
  showAll: string;
  reviewed: string;
  sources: string;
  leadHere: string;
  waysTitle: string;
  ways: { code: [string, string]; symptom: [string, string]; logs: [string, string] };
}

export const SYMPTOM_STRINGS: Record<Lang, SymptomStrings> = {
  'zh-CN': {
    indexTitle: '按现象排查',
    indexLead: '没有错误代码也能排查：按您看到现象的位置找到它，逐个回答问题，直到对应的排查步骤。',
    places: {
      settings: '设置中的 Windows 更新页面',
      'restart-screen': '重启或开机画面',
      installer: '独立安装程序（双击 .msu）',
      'command-line': '命令行（DISM、sfc）',
      'event-viewer': '事件查看器',
      'wsus-console': 'WSUS 控制台',
    },
    seen: '您看到的现象',
    where: '出现位置',
    quoteFrom: '界面原文，来源：',
    description: '（本站对现象的描述，不是界面原文）',
    causes: '可能的原因（按可能性从高到低）',
    guide: '逐步排查',
    guideLead: '从第 1 个问题开始，选择符合您情况的答案。每个问题都有固定链接，可以直接贴进回复邮件。',
    question: (n) => `问题 ${n}`,
    nextQuestion: (n) => `转到问题 ${n}`,
    step: (title, n, step) => `${title} · 第 ${n} 步：${step}`,
    codeArticle: '错误代码说明',
    otherSymptom: '另一个现象',
    restart: '回到第 1 个问题',
    showAll: '显示全部问题',
    reviewed: '最近审核',
    sources: '资料来源',
    leadHere: '会引到这里的现象',
    waysTitle: '从哪里开始',
    ways: {
      code: ['我有错误代码', '输入任意写法的代码：0x80070570、80070570、-2147023504、ERROR_FILE_CORRUPT。'],
      symptom: ['我只看到一个现象', '没有代码？按您看到的现象（撤销更改、下载卡在 0%、反复安装）逐步排查。'],
      logs: ['我有日志', '在浏览器中分析 WindowsUpdate.log、CBS.log 或日志收集 zip，日志不会离开您的电脑。'],
    },
  },
  en: {
    indexTitle: 'Troubleshoot by symptom',
    indexLead: 'No error code? Find what you see by where you see it, answer one question at a time, and reach the runbook step that fits.',
    places: {
      settings: 'Windows Update in Settings',
      'restart-screen': 'The restart or start-up screen',
      installer: 'The standalone installer (an .msu opened by double-click)',
      'command-line': 'The command line (DISM, sfc)',
      'event-viewer': 'Event Viewer',
      'wsus-console': 'The WSUS console',
    },
    seen: 'What you see',
    where: 'Where',
    quoteFrom: 'UI text as shown, source: ',
    description: "(this site's description of what is shown, not the UI text)",
    causes: 'Likely causes, most likely first',
    guide: 'Troubleshoot step by step',
    guideLead: 'Start with question 1 and choose the answer that fits. Every question has its own link to paste into a reply.',
    question: (n) => `Question ${n}`,
    nextQuestion: (n) => `Go to question ${n}`,
    step: (title, n, step) => `${title} · step ${n}: ${step}`,
    codeArticle: 'Error code article',
    otherSymptom: 'Another symptom',
    restart: 'Back to question 1',
    showAll: 'Show all questions',
    reviewed: 'Last reviewed',
    sources: 'Sources',
    leadHere: 'Symptoms that lead here',
    waysTitle: 'Where to start',
    ways: {
      code: ['I have an error code', 'Type the code in any form: 0x80070570, 80070570, -2147023504, ERROR_FILE_CORRUPT.'],
      symptom: ['I only see a symptom', 'No code? Troubleshoot from what you see: changes undone, a download stuck at 0 %, the same update again.'],
      logs: ['I have logs', 'Analyze WindowsUpdate.log, CBS.log or a collector zip in your browser; the logs never leave your computer.'],
    },
  },
};

export const symptomStrings = (lang: Lang): SymptomStrings => SYMPTOM_STRINGS[lang];
