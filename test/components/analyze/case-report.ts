/** The support case's report, made by the real analyzer from the case fixtures. */
import { analyze, type Report } from '../../../src/analyzer/index.ts';
import { caseKnowledge, fixtureInput } from '../../analyzer/helpers.ts';

export const caseReport = (): Promise<Report> => analyze([fixtureInput('case/WindowsUpdate.log'), fixtureInput('case/CBS.log')], caseKnowledge());
