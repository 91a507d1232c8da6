import { describe, expect, it } from "vitest";
import { displayForm } from "@/workers/core/rooms.schema";
import { displayToFields } from "./display-form";

const display = (businessDays: number[]) => ({
  name: "Atlas", roomEmail: "atlas@example.com", capacity: 8, floor: "1", building: "North", equipment: ["screen", "video"], timeZone: "Europe/Paris",
  businessDays, businessStartMinute: 480, businessEndMinute: 1080, lang: "fr", privacyMode: false, checkInMinutes: null, theme: "light",
  calendarSource: "demo", mayBook: true, mayExtendEnd: true, mayRelease: true, noShowSeriesStrikes: null,
});

describe("displayToFields", () => {
  it("writes business days as a person types them, in the page's language", () => {
    expect(displayToFields(display([1, 2, 3, 4, 5]), "en").get("businessDays")).toBe("mon-fri");
    expect(displayToFields(display([1, 2, 3, 4, 5]), "fr").get("businessDays")).toBe("lun-ven");
    expect(displayToFields(display([5, 1, 3]), "en").get("businessDays")).toBe("mon,wed,fri");
    expect(displayToFields(display([0, 1, 2, 4, 5, 6]), "fr").get("businessDays")).toBe("dim-mar,jeu-sam");
    expect(displayToFields(display([1, 2]), "en").get("businessDays")).toBe("mon,tue");
    expect(displayToFields(display([1, 2, 3, 4, 5]), "fr").get("businessHours")).toBe("08:00-18:00");
  });

  it("writes what the core reads back as the same days", () => {
    for (const days of [[1, 2, 3, 4, 5], [0, 1, 2, 4, 5, 6], [3], [0, 6]]) {
      for (const lang of ["en", "fr"] as const) {
        const parsed = displayForm.parse(Object.fromEntries(displayToFields(display(days), lang)));
        expect(parsed.businessDays, `${lang} ${days.join(",")}`).toEqual(days);
      }
    }
  });
});
