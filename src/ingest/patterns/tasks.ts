import { NUMERIC_DATE, SPELLED_DATE } from './dates.ts';
import { BULLET } from './document-parts.ts';

// Giao Sở Nội vụ chủ trì · giao Sở Thông tin và Truyền thông chủ trì (after `Thời gian tới,`)
// · Giao Giám đốc Sở Nội vụ phối hợp … — at the start of a clause or a line, never `được giao`, `bàn giao`, `UBND giao`.
// (The head stands for its agency: `Giao Giám đốc Sở Nội vụ` assigns Sở Nội vụ.)
export const ASSIGNMENT = /(?<=^|\n|[:;.,]\s*|\*\*)(?<verb>[Gg]iao)\s+(?:(?<position>Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Chánh\s+Văn\s+phòng|Trưởng\s+ban)\s+)?/gu;

// chủ trì, phối hợp với · phối hợp · chủ trì phối hợp với
export const PARTNERS_OPEN = /^\s*(?:chủ\s+trì\s*,?\s*)?phối\s+hợp(?:\s+với)?\s+/u;

// chủ trì, (nothing else): the action follows
export const LEAD_ONLY = /^\s*chủ\s+trì\s*,?\s*/u;

// Words that open the action after the partners: `các cơ quan báo chí tiếp tục …`.
export const ACTION_VERB = String.raw`(?:tổ\s+chức|xây\s+dựng|kiểm\s+tra|tăng\s+cường|khẩn\s+trương|tiếp\s+tục|đề\s+xuất|triển\s+khai|thực\s+hiện|rà\s+soát|nghiên\s+cứu|hướng\s+dẫn|theo\s+dõi|báo\s+cáo|tham\s+mưu|chỉ\s+đạo|đôn\s+đốc|hoàn\s+thành|chuẩn\s+bị|lập|rà|ban\s+hành|trình|cập\s+nhật|đánh\s+giá|tổng\s+hợp|làm\s+tốt|đẩy\s+mạnh)`;

// các cơ quan báo chí · các sở, ngành liên quan (a class of bodies, named as such)
export const PARTNER_CLASS = new RegExp(String.raw`^các\s+[\p{L}\s,]+?(?=\s+${ACTION_VERB}(?![\p{L}]))`, 'u');

// Fillers before what is to be done: `tăng cường kiểm tra` is `kiểm tra`.
export const ACTION_FILLER = /^(?:(?:tăng\s+cường|khẩn\s+trương|tiếp\s+tục|kịp\s+thời|chủ\s+động|tổ\s+chức|làm\s+tốt\s+hơn\s+nữa|làm\s+tốt|công\s+tác)(?:\s*,?\s+|\s*$))+/u;

// trước ngày 25/3/2020 · **trước ngày 31/3/2020** · chậm nhất ngày 15 tháng 4 năm 2021 · hạn chót ngày 30/6/2022
export const DEADLINE = new RegExp(String.raw`(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|không\s+quá|hoàn\s+thành\s+trong)\s+(?:ngày\s+)?(?:${NUMERIC_DATE}|${SPELLED_DATE.replace('[Nn]gày\\s+', '')})`, 'u');

// Về sắp xếp các đơn vị sự nghiệp: · Về việc thành lập …:
export const ITEM_HEADING = new RegExp(String.raw`^(?:${BULLET}\s*)?Về\s+(?:việc\s+)?(?<topic>[^:]{3,300}?)\s*:\s*`, 'u');
