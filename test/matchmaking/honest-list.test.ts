/**
 * A member's own list leaves out what adds nothing above it (src/matchmaking/honest-list.ts, issue #11): a partner
 * meeting a need only in part (one topic of a course, a broader offer) when a partner above meets that need in full,
 * and a partner meeting none of the member's own needs at all (only what the partner wants from the member). The
 * partial one is still listed when nothing better is there; the one meeting no own need never is. Made-up profiles in
 * Vietnamese and Korean over the shipped taxonomy, a real SQLite store.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/matchmaking/profile-schema.js';
import { harnessPerTest, partnerNames, testProfile } from './matchmaking-harness.js';

const profile = testProfile;

const vietnam = { country: 'Vietnam', city: 'Đà Nẵng', languages: ['Vietnamese'] };
const korea = { country: 'South Korea', city: 'Busan', languages: ['Korean'] };

const listFor = async (profiles: ProfileInput[], name: string, open: ReturnType<typeof harnessPerTest>) => {
  const harness = await open({ profiles });
  return partnerNames(await harness.matchmaking.match(name, { limit: 10 }), name);
};

describe('a member’s own list', () => {
  const open = harnessPerTest();

  const studioVi = profile(
    'Hoạt hình Sen Hồng',
    'studio',
    'Studio hoạt hình 2D ở Đà Nẵng, đang làm loạt phim 26 tập cho thiếu nhi.',
    ['Dự án hoạt hình 2D thuê ngoài cho đối tác'],
    ['Vẽ phân cảnh (storyboard) cho loạt phim hoạt hình 26 tập'],
    vietnam,
  );
  const storyboardHouse = profile(
    'Xưởng Phân cảnh Lam',
    'studio',
    'Nhóm họa sĩ phân cảnh chuyên phim hoạt hình.',
    ['Vẽ phân cảnh (storyboard) và animatic cho phim hoạt hình truyền hình'],
    ['Studio hoạt hình làm khách hàng'],
    vietnam,
  );
  const course = profile(
    'Khóa học Đạo diễn Phim Biển Đông',
    'talent_center',
    'Khóa học ngắn hạn về đạo diễn phim truyện cho người mới.',
    ['Khóa học đạo diễn phim truyện: chọn diễn viên, lập lịch quay, bảng phân cảnh, làm việc với quay phim'],
    ['Học viên'],
    vietnam,
  );

  it('leaves out a partner meeting a need only in part when one above meets it in full', async () => {
    const partial = await listFor([studioVi, course], studioVi.name, open);
    // Nothing better there: the course, which names storyboards among its topics, is listed.
    expect(partial).toContain(course.name);
    const both = await listFor([studioVi, storyboardHouse, course], studioVi.name, open);
    expect(both[0]).toBe(storyboardHouse.name);
    expect(both).not.toContain(course.name);
  });

  const studioKo = profile(
    '스튜디오 푸른솔',
    'studio',
    '부산의 3D 애니메이션 스튜디오. 극장용 장편을 제작 중입니다.',
    ['3D 애니메이션 제작 외주'],
    ['3D 캐릭터 리깅: 얼굴 리그와 바디 리그'],
    korea,
  );
  const rigging = profile(
    '리그웍스',
    'studio',
    '3D 캐릭터 리깅 전문 팀.',
    ['3D 캐릭터 리깅: 바디 리그, 얼굴 리그, 애니메이터용 컨트롤'],
    ['애니메이션 스튜디오 고객'],
    korea,
  );
  const soundHouse = profile(
    '소리마루 사운드',
    'studio',
    '부산의 녹음 스튜디오. 뮤직비디오를 함께 만들 애니메이션 팀을 찾습니다.',
    ['폴리 녹음과 효과음 제작'],
    ['뮤직비디오용 3D 애니메이션 제작'],
    korea,
  );

  it('leaves out a partner meeting none of the member’s own needs, even when nothing meets one', async () => {
    // Only what the sound house wants from the studio: no suggestion for the studio beats a filled list.
    const alone = await listFor([studioKo, soundHouse], studioKo.name, open);
    expect(alone).toEqual([]);
    const both = await listFor([studioKo, rigging, soundHouse], studioKo.name, open);
    expect(both).toEqual([rigging.name]);
    // The sound house's own list still has the studio: its need is met.
    const harness = await open({ profiles: [studioKo, rigging, soundHouse] });
    expect(partnerNames(await harness.matchmaking.match(soundHouse.name), soundHouse.name)).toContain(studioKo.name);
  });

  const studioGioMoi = profile(
    'Hoạt hình Gió Mới',
    'studio',
    'Studio hoạt hình 2D ở Đà Nẵng.',
    ['Sản xuất phim hoạt hình 2D theo đặt hàng cho đối tác'],
    ['Vẽ phân cảnh (storyboard) cho loạt phim hoạt hình 26 tập'],
    vietnam,
  );
  const recordingRoom = profile(
    'Phòng thu Âm Vang',
    'studio',
    'Phòng thu âm ở Đà Nẵng, đang tìm đối tác làm video ca nhạc hoạt hình.',
    ['Thu âm lồng tiếng và hiệu ứng âm thanh'],
    ['Sản xuất phim hoạt hình 2D cho video ca nhạc'],
    vietnam,
  );

  it('lists a Vietnamese studio only partners meeting its own need, never one it only serves', async () => {
    const harness = await open({ profiles: [studioGioMoi, recordingRoom] });
    expect(partnerNames(await harness.matchmaking.match(studioGioMoi.name), studioGioMoi.name)).toEqual([]);
    // The pair meets: the recording room's need for 2D animation is the studio's offer.
    const back = partnerNames(await harness.matchmaking.match(recordingRoom.name), recordingRoom.name);
    expect(back).toEqual([studioGioMoi.name]);
  });
});
