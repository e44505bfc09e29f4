import { describe, expect, it } from 'vitest';
import { surveyAnswers, surveyRules, surveyValues } from './survey-form-values';

const ANSWERS = {
  activityLevelPct: 60,
  revenueLossPct: 35,
  insertionEmployees: 24,
  insertionWorking: 14,
  insertionShortTime: 8,
  peopleFollowed: 20,
  followedInPerson: 12,
  followedByPhone: 6,
  followedByVideo: 2,
  obstacles: ['TRANSPORT' as const],
  needs: ['SUPPLIES' as const, 'FINANCING' as const],
  needsText: 'Gel et masques',
};

describe('survey form values', () => {
  it('fills_the_form_from_answers_and_sends_the_same_answers_back', () => {
    const values = surveyValues(ANSWERS);
    expect(values.activityLevelPct).toBe('60');
    expect(surveyAnswers(values)).toEqual(ANSWERS);
    expect(surveyValues(null).activityLevelPct).toBe('');
  });

  it('leaves_out_a_blank_needs_text', () => {
    expect('needsText' in surveyAnswers({ ...surveyValues(ANSWERS), needsText: ' ' })).toBe(false);
  });

  it('refuses_numbers_out_of_range_or_not_whole_with_a_french_message', () => {
    const values = surveyValues(ANSWERS);
    expect(surveyRules.activityLevelPct('120')).toBe(
      'Saisissez un nombre inférieur ou égal à 100.',
    );
    expect(surveyRules.revenueLossPct('-5')).toBe('Saisissez un nombre positif.');
    expect(surveyRules.insertionEmployees('2,5')).toBe('Saisissez un nombre entier.');
    expect(surveyRules.activityLevelPct('')).toBe('Indiquez un pourcentage entre 0 et 100.');
    expect(surveyRules.insertionWorking('14', values)).toBeNull();
  });

  it('checks_working_and_short_time_against_the_employees_and_each_mode_against_the_followed', () => {
    const values = { ...surveyValues(ANSWERS), insertionShortTime: '11' };
    expect(surveyRules.insertionWorking('14', values)).toBe(
      'Avec ceux en activité partielle, ne peut pas dépasser le nombre de salariés en insertion (24).',
    );
    expect(surveyRules.followedByPhone('21', values)).toBe(
      'Ne peut pas dépasser le nombre de personnes suivies (20).',
    );
  });
});
