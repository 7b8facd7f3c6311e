/** A sentence in both site languages. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

interface Values {
  code: string;
  title: string;
  pkg: string;
  state: string;
  client: string;
  reason: string;
}

/**
 * What an event says, written from its data in our own words: an .evtx file stores no
 * message text, only the values the provider's message template would be filled with.
 */
const SENTENCES = {
  installStarted: (v) => ({ 'zh-CN': `开始安装更新：${v.title}`, en: `Started installing the update: ${v.title}` }),
  installed: (v) => ({ 'zh-CN': `更新安装成功：${v.title}`, en: `The update was installed: ${v.title}` }),
  installFailed: (v) => ({
    'zh-CN': `更新安装失败，错误 ${v.code}：${v.title}${v.reason ? `（${v.reason}）` : ''}`,
    en: `The update failed to install with error ${v.code}: ${v.title}${v.reason ? ` (${v.reason})` : ''}`,
  }),
  uninstallFailed: (v) => ({ 'zh-CN': `更新卸载失败，错误 ${v.code}：${v.title}`, en: `The update failed to uninstall with error ${v.code}: ${v.title}` }),
  downloadStarted: (v) => ({ 'zh-CN': `开始下载更新：${v.title}`, en: `Started downloading the update: ${v.title}` }),
  downloadFailed: (v) => ({ 'zh-CN': `更新下载失败，错误 ${v.code}：${v.title}`, en: `The update failed to download with error ${v.code}: ${v.title}` }),
  scanFailed: (v) => ({ 'zh-CN': `检查更新失败，错误 ${v.code}`, en: `Checking for updates failed with error ${v.code}` }),
  restartNeeded: () => ({ 'zh-CN': '需要重新启动计算机才能完成更新', en: 'The computer must restart to finish installing updates' }),
  packageStarted: (v) => ({ 'zh-CN': `开始将程序包 ${v.pkg} 更改为 ${v.state} 状态（客户端：${v.client}）`, en: `Started changing package ${v.pkg} to the ${v.state} state (client: ${v.client})` }),
  packageChanged: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 已更改为 ${v.state} 状态`, en: `Package ${v.pkg} was changed to the ${v.state} state` }),
  packageFailed: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 未能更改为 ${v.state} 状态，错误 ${v.code}`, en: `Package ${v.pkg} could not be changed to the ${v.state} state: error ${v.code}` }),
  packageRestart: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 需要先重新启动才能更改为 ${v.state} 状态`, en: `Package ${v.pkg} needs a restart before it can change to the ${v.state} state` }),
  featureOnStarted: (v) => ({ 'zh-CN': `开始启用程序包 ${v.pkg} 中的功能 ${v.title}（客户端：${v.client}）`, en: `Started turning on the feature ${v.title} of package ${v.pkg} (client: ${v.client})` }),
  featureOffStarted: (v) => ({ 'zh-CN': `开始关闭程序包 ${v.pkg} 中的功能 ${v.title}（客户端：${v.client}）`, en: `Started turning off the feature ${v.title} of package ${v.pkg} (client: ${v.client})` }),
  featureOn: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 中的功能 ${v.title} 已启用`, en: `The feature ${v.title} of package ${v.pkg} was turned on` }),
  featureOff: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 中的功能 ${v.title} 已关闭`, en: `The feature ${v.title} of package ${v.pkg} was turned off` }),
  featureOnFailed: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 中的功能 ${v.title} 未能启用，错误 ${v.code}`, en: `The feature ${v.title} of package ${v.pkg} could not be turned on: error ${v.code}` }),
  featureOffFailed: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 中的功能 ${v.title} 未能关闭，错误 ${v.code}`, en: `The feature ${v.title} of package ${v.pkg} could not be turned off: error ${v.code}` }),
  featureRestart: (v) => ({ 'zh-CN': `程序包 ${v.pkg} 中的功能 ${v.title} 需要先重新启动才能完成更改`, en: `The feature ${v.title} of package ${v.pkg} needs a restart before its change completes` }),
  werUpdateFailed: (v) => ({
    'zh-CN': `Windows 错误报告：Windows 更新${v.title ? `在 ${v.title} 操作中` : ''}失败，错误 ${v.code}`,
    en: `Windows Error Reporting: Windows Update failed${v.title ? ` in its ${v.title} operation` : ''} with error ${v.code}`,
  }),
  werServicingFailed: (v) => ({
    'zh-CN': `Windows 错误报告：组件服务（CBS）操作失败，错误 ${v.code}${v.reason ? `：${v.reason}` : ''}`,
    en: `Windows Error Reporting: a servicing (CBS) operation failed with error ${v.code}${v.reason ? `: ${v.reason}` : ''}`,
  }),
  packagePartial: (v) => ({
    'zh-CN': `程序包 ${v.pkg} 未能更改为 ${v.state} 状态，现为部分安装，错误 ${v.code}`,
    en: `Package ${v.pkg} could not be changed to the ${v.state} state and is left partly installed: error ${v.code}`,
  }),
} satisfies Record<string, (v: Values) => Localized>;

/** The kinds of event the analyzer gives a meaning. */
export type EventKind = keyof typeof SENTENCES;

export function sentence(kind: EventKind, values: Values): Localized {
  return SENTENCES[kind](values);
}
