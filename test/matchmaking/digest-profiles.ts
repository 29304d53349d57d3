/** Profiles for the digest tests: studios and academies whose needs and offers overlap two by two. */
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';

const skills = ['VFX compositing', '3D animation', 'video editing', 'color grading', 'sound mixing', 'screenwriting'];

/** Plenty of good pairs, each studio with two academies that train what it needs. */
export function partnerProfiles(): ProfileInput[] {
  return skills.flatMap((skill, index) => {
    const next = skills[(index + 1) % skills.length] ?? skill;
    const common = { country: 'South Korea', languages: ['English', 'Korean'] };
    return [
      { name: `Studio ${index + 1}`, kind: 'studio', ...common, needs: [`${skill} artists`, `${next} artists`] },
      {
        name: `Academy ${index + 1}`,
        kind: 'talent_center',
        ...common,
        offers: [`${skill} training`, `${next} training`],
      },
    ];
  });
}
