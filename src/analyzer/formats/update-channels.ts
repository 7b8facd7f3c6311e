/**
 * The event log channels that record updating: the System, Application and Setup logs, and the
 * operational logs of the Windows Update client, servicing, language packs, BITS, Delivery
 * Optimization, the update orchestrator, WaaSMedic and device setup. A folder of every log a
 * machine keeps (C:\Windows\System32\winevt\Logs) holds a hundred more, whose components log
 * their own results on every healthy machine (WMI-Activity's queries, Crypto-NCrypt's key lookups,
 * WebAuthN, Biometrics): their events are read for the time they cover, not for codes.
 */
const UPDATING = /^(?:System|Application|Setup)$|WindowsUpdateClient|Servicing|LanguagePackSetup|Bits-Client|DeliveryOptimization|UpdateOrchestrator|WaaSMedic|DeviceSetupManager/i;

/** Whether an event of `channel` may tell of updating; an event that names no channel may. */
export const recordsUpdating = (channel: string | undefined): boolean => channel === undefined || channel === '' || UPDATING.test(channel);
