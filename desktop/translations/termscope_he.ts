<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en_US">
    <context>
        <name>AnnualPanel</name>
        <message>
            <source>Critical tickets a month</source>
            <translation>קריאות קריטיות בחודש</translation>
        </message>
        <message>
            <source>High tickets a month</source>
            <translation>קריאות בדרגה גבוהה בחודש</translation>
        </message>
        <message>
            <source>Normal tickets a month</source>
            <translation>קריאות בדרגה רגילה בחודש</translation>
        </message>
        <message>
            <source>Low tickets a month</source>
            <translation>קריאות בדרגה נמוכה בחודש</translation>
        </message>
        <message>
            <source>Share vendor defect</source>
            <translation>שיעור התקלות במוצר הספק</translation>
        </message>
        <message>
            <source>Share customer caused</source>
            <translation>שיעור התקלות שנגרמו על ידי הלקוח</translation>
        </message>
        <message>
            <source>Share no fault</source>
            <translation>שיעור הקריאות ללא תקלה</translation>
        </message>
        <message>
            <source>Share change request</source>
            <translation>שיעור בקשות השינוי</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Reported from (zone)</source>
            <translation>אזור הזמן של המדווח</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>כמויות</translation>
        </message>
        <message>
            <source>Effort, median</source>
            <translation>היקף עבודה, חציון</translation>
        </message>
        <message>
            <source>Effort, 90th percentile</source>
            <translation>היקף עבודה, אחוזון 90</translation>
        </message>
        <message>
            <source>Share reported outside office hours</source>
            <translation>שיעור הקריאות שדווחו מחוץ לשעות הפעילות</translation>
        </message>
        <message>
            <source>Share asking for after-hours work</source>
            <translation>שיעור הקריאות שדורשות עבודה מחוץ לשעות העבודה</translation>
        </message>
        <message>
            <source>Share needing a release</source>
            <translation>שיעור הקריאות שדורשות העלאת גרסה</translation>
        </message>
        <message>
            <source>On-site visits a year</source>
            <translation>ביקורים אצל הלקוח בשנה</translation>
        </message>
        <message>
            <source>Hours per visit</source>
            <translation>שעות לביקור</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>זרע אקראי</translation>
        </message>
        <message>
            <source>Workload profile</source>
            <translation>פרופיל עומס עבודה</translation>
        </message>
        <message>
            <source>vary around the mean (Poisson)</source>
            <translation>משתנות סביב הממוצע (פואסון)</translation>
        </message>
        <message>
            <source>exactly these numbers</source>
            <translation>בדיוק המספרים האלה</translation>
        </message>
        <message>
            <source> simulated years</source>
            <translation> שנים בהדמיה</translation>
        </message>
        <message>
            <source>Open profile…</source>
            <translation>פתיחת פרופיל…</translation>
        </message>
        <message>
            <source>Yearly cost range</source>
            <translation>טווח העלות השנתית</translation>
        </message>
        <message>
            <source>Cost by ticket volume</source>
            <translation>עלות לפי נפח קריאות</translation>
        </message>
        <message>
            <source>The profile is not valid: {problem}</source>
            <translation>הפרופיל אינו תקין: {problem}</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>פתיחת פרופיל</translation>
        </message>
        <message>
            <source>Profiles (*.yaml *.yml)</source>
            <translation>פרופילים (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Cannot open the profile: {problem}</source>
            <translation>לא ניתן לפתוח את הפרופיל: {problem}</translation>
        </message>
        <message>
            <source>Loaded {file}.</source>
            <translation>הקובץ {file} נטען.</translation>
        </message>
        <message>
            <source>Simulating: {what}…</source>
            <translation>מתבצעת הדמיה: {what}…</translation>
        </message>
        <message>
            <source>The simulation failed: {message}</source>
            <translation>ההדמיה נכשלה: {message}</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>מתבצעת הדמיה של הפרופיל…</translation>
        </message>
        <message>
            <source>Out of date: simulating the edited inputs…</source>
            <translation>לא עדכני: מתבצעת הדמיה של הנתונים שנערכו…</translation>
        </message>
        <message>
            <source>{years} years simulated (seed {seed}), {tickets} tickets a year on average.</source>
            <translation>{years} שנים בהדמיה (זרע {seed}), בממוצע {tickets} קריאות בשנה.</translation>
        </message>
    </context>
    <context>
        <name>CellTableModel</name>
        <message>
            <source>Missing: {missing}</source>
            <translation>חסר: {missing}</translation>
        </message>
        <message>
            <source>Clauses: {clauses}</source>
            <translation>סעיפים: {clauses}</translation>
        </message>
    </context>
    <context>
        <name>ComparisonSession</name>
        <message>
            <source>Change the workload profile</source>
            <translation>שינוי פרופיל עומס העבודה</translation>
        </message>
        <message>
            <source>Change the decision criteria</source>
            <translation>שינוי הקריטריונים להחלטה</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contracts (*.yaml)</source>
            <translation>חוזים (*.yaml)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ספק</translation>
        </message>
        <message>
            <source>Office Hours</source>
            <translation>שעות פעילות</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>חגים</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>סעיפים</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>פרמטרים</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>מסלולים</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>Vendor's Text</source>
            <translation>טקסט הספק</translation>
        </message>
        <message>
            <source>Where My Draft Stands</source>
            <translation>היכן עומדת הטיוטה שלי</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>סעיף</translation>
        </message>
        <message>
            <source>e.g. K1</source>
            <translation>למשל K1</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>מקור</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed</source>
            <translation>stated (מצוין) | interpreted (פרשנות) | assumed (הנחה)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>פרשנות</translation>
        </message>
        <message>
            <source>how this reads</source>
            <translation>כיצד הסעיף מתפרש</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>מזהה</translation>
        </message>
        <message>
            <source>lower-case id, e.g. acme</source>
            <translation>מזהה באותיות לטיניות קטנות, למשל acme</translation>
        </message>
        <message>
            <source>Name in its language</source>
            <translation>שם בשפת המקור</translation>
        </message>
        <message>
            <source>Source document</source>
            <translation>מסמך מקור</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>שפה</translation>
        </message>
        <message>
            <source>he, no, sv…</source>
            <translation>he, no, sv…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>מטבע</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. NOK</source>
            <translation>ISO 4217, למשל NOK</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>אזור זמן</translation>
        </message>
        <message>
            <source>e.g. Europe/Oslo</source>
            <translation>למשל Europe/Oslo</translation>
        </message>
        <message>
            <source>&lt;b&gt;VAT&lt;/b&gt;</source>
            <translation>&lt;b&gt;מע״מ&lt;/b&gt;</translation>
        </message>
        <message>
            <source>0.25 for 25 %</source>
            <translation>0.25 עבור 25%</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>שיעור מע״מ</translation>
        </message>
        <message>
            <source>Prices include VAT</source>
            <translation>המחירים כוללים מע״מ</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true או false</translation>
        </message>
        <message>
            <source>Office hours per weekday, e.g. 09:00-17:00 (empty: closed)</source>
            <translation>שעות פעילות לכל יום בשבוע, למשל 09:00-17:00 (ריק: סגור)</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>סגור</translation>
        </message>
        <message>
            <source>Business day (hours)</source>
            <translation>יום עבודה (שעות)</translation>
        </message>
        <message>
            <source>the longest day</source>
            <translation>היום הארוך ביותר</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>מדינה</translation>
        </message>
        <message>
            <source>ISO 3166</source>
            <translation>ISO 3166</translation>
        </message>
        <message>
            <source>Kept open</source>
            <translation>חגים שבהם המשרד פתוח</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, YYYY-MM-DD</source>
            <translation>YYYY-MM-DD, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Added closed days</source>
            <translation>ימי סגירה נוספים</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Short days</source>
            <translation>ימים מקוצרים</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>שעות</translation>
        </message>
        <message>
            <source>Vendor's words</source>
            <translation>נוסח הספק</translation>
        </message>
        <message>
            <source>English reading</source>
            <translation>פרשנות באנגלית</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>יחידה</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>ברירת מחדל</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>תיאור</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמירה</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>שמירה &amp;בשם…</translation>
        </message>
        <message>
            <source>Open Vendor's &amp;Text…</source>
            <translation>פתיחת &amp;טקסט הספק…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;עריכה</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;ביטול פעולה</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ביצוע &amp;מחדש</translation>
        </message>
        <message>
            <source>Add to {field}</source>
            <translation>הוספה ל-{field}</translation>
        </message>
        <message>
            <source>Remove {field}</source>
            <translation>הסרת {field}</translation>
        </message>
        <message>
            <source>The words are not in the vendor's text.</source>
            <translation>המילים אינן מופיעות בטקסט של הספק.</translation>
        </message>
        <message>
            <source>The contract validates.</source>
            <translation>החוזה תקין.</translation>
        </message>
        <message>
            <source>{count} problem(s), as `validate` says:</source>
            <translation>בעיות שנמצאו ב-`validate` ({count}):</translation>
        </message>
        <message>
            <source>Every clause quotes the vendor's text exactly.</source>
            <translation>כל סעיף מצטט את הטקסט של הספק במדויק.</translation>
        </message>
        <message>
            <source>Not found word for word in the vendor's text: {clauses}</source>
            <translation>לא נמצאו מילה במילה בטקסט של הספק: {clauses}</translation>
        </message>
        <message>
            <source>Untitled contract</source>
            <translation>חוזה ללא שם</translation>
        </message>
        <message>
            <source>Termscope — Contract Editor — {name}[*]</source>
            <translation>Termscope — עורך החוזים — {name}[*]</translation>
        </message>
        <message>
            <source>Cannot save the contract</source>
            <translation>לא ניתן לשמור את החוזה</translation>
        </message>
        <message>
            <source>Save Contract</source>
            <translation>שמירת חוזה</translation>
        </message>
        <message>
            <source>New Contract</source>
            <translation>חוזה חדש</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>אזור זמן</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>יצירה</translation>
        </message>
        <message>
            <source>Edit Contract</source>
            <translation>עריכת חוזה</translation>
        </message>
        <message>
            <source>Cannot open the contract</source>
            <translation>לא ניתן לפתוח את החוזה</translation>
        </message>
        <message>
            <source>When (YAML)</source>
            <translation>מתי (YAML)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>נקודת התחלה</translation>
        </message>
        <message>
            <source>Clock (YAML)</source>
            <translation>ספירת זמן (YAML)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>תגובה</translation>
        </message>
        <message>
            <source>Work Start</source>
            <translation>תחילת טיפול</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>סיום טיפול</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>העלאת גרסה</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>היקף השירות</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>תוצאה</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>נימוק</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>מכסות</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>פניות</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>ביקורים</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>פרמטר</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>סיבות</translation>
        </message>
        <message>
            <source>Severities</source>
            <translation>דרגות חומרה</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>תמחור</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>חל על</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>תווית</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>תעריף</translation>
        </message>
        <message>
            <source>Per min</source>
            <translation>לכל (דק׳)</translation>
        </message>
        <message>
            <source>Increment</source>
            <translation>יחידת חיוב</translation>
        </message>
        <message>
            <source>Min h</source>
            <translation>מינ׳ שע׳</translation>
        </message>
        <message>
            <source>Min charge</source>
            <translation>חיוב מינימום</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>חריגה</translation>
        </message>
        <message>
            <source>Rate parameter</source>
            <translation>פרמטר תעריף</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>הערות</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>טקסט</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>אזהרה</translation>
        </message>
        <message>
            <source>fixed | percent_of_parameter | parameter_multiple (empty: no fee)</source>
            <translation>fixed | percent_of_parameter | parameter_multiple (ריק: ללא דמי מנוי)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>סכום</translation>
        </message>
        <message>
            <source>fixed: amount</source>
            <translation>fixed: סכום</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>אחוז</translation>
        </message>
        <message>
            <source>percent_of_parameter: percent</source>
            <translation>percent_of_parameter: אחוז</translation>
        </message>
        <message>
            <source>Multiple</source>
            <translation>מכפיל</translation>
        </message>
        <message>
            <source>parameter_multiple: multiple</source>
            <translation>parameter_multiple: מכפיל</translation>
        </message>
        <message>
            <source>the parameter it is taken of</source>
            <translation>הפרמטר שעליו מבוסס החישוב</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>תקופה</translation>
        </message>
        <message>
            <source>year | month</source>
            <translation>year (שנה) | month (חודש)</translation>
        </message>
        <message>
            <source>clause id</source>
            <translation>מזהה סעיף</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed | not_stated</source>
            <translation>stated (מצוין) | interpreted (פרשנות) | assumed (הנחה) | not_stated (לא צוין)</translation>
        </message>
        <message>
            <source>Add Plan</source>
            <translation>הוספת מסלול</translation>
        </message>
        <message>
            <source>Remove Plan</source>
            <translation>הסרת מסלול</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>דמי מנוי</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>YAML לא תקין</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>עריכת {field}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>הוספה</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>{field}: not valid YAML</source>
            <translation>{field}: YAML לא תקין</translation>
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Decision criteria (*.yaml *.yml);;All files (*)</source>
            <translation>קריטריונים להחלטה (*.yaml *.yml);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>expected year (mean)</source>
            <translation>שנה צפויה (ממוצע)</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>P50</source>
            <translation>P50</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>לפני מע״מ</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>כולל מע״מ</translation>
        </message>
        <message>
            <source>Critical work starts within … h (P90)</source>
            <translation>תחילת טיפול בקריאות קריטיות תוך … שע׳ (P90)</translation>
        </message>
        <message>
            <source>On-site visits available (critical)</source>
            <translation>ביקורים אצל הלקוח זמינים (קריאות קריטיות)</translation>
        </message>
        <message>
            <source>No ticket without a price (at most … %)</source>
            <translation>אין קריאות ללא מחיר (לכל היותר … %)</translation>
        </message>
        <message>
            <source>Yearly cost (P90) at most …</source>
            <translation>עלות שנתית (P90) עד …</translation>
        </message>
        <message>
            <source>Decision criteria</source>
            <translation>קריטריונים להחלטה</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ציון</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>שם</translation>
        </message>
        <message>
            <source>Yearly cost compared</source>
            <translation>העלות השנתית להשוואה</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>סכומים</translation>
        </message>
        <message>
            <source>Weight of the yearly cost</source>
            <translation>משקל העלות השנתית</translation>
        </message>
        <message>
            <source>Weight of speed</source>
            <translation>משקל המהירות</translation>
        </message>
        <message>
            <source>Weight of coverage</source>
            <translation>משקל הכיסוי</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>הוספה</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>הסרה</translation>
        </message>
        <message>
            <source>Must-haves (a plan that fails one ranks after all that pass)</source>
            <translation>תנאי סף (מסלול שאינו עומד באחד מהם מדורג אחרי כל המסלולים שעומדים בהם)</translation>
        </message>
        <message>
            <source>How far the decision is pushed</source>
            <translation>ניתוח רגישות: גודל השינויים שנבדקים</translation>
        </message>
        <message>
            <source>Each exchange rate moved by ±</source>
            <translation>שינוי כל שער חליפין ב-±</translation>
        </message>
        <message>
            <source>Each parameter moved by ±</source>
            <translation>שינוי כל פרמטר ב-±</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>פתיחה…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>שמירה בשם…</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>ברירות מחדל</translation>
        </message>
        <message>
            <source>Not applied: {error}</source>
            <translation>לא הוחל: {error}</translation>
        </message>
        <message>
            <source>Open criteria</source>
            <translation>פתיחת קריטריונים</translation>
        </message>
        <message>
            <source>Save criteria</source>
            <translation>שמירת קריטריונים</translation>
        </message>
        <message>
            <source>Cannot open {name}: {error}</source>
            <translation>לא ניתן לפתוח את {name}: {error}</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} נפתח.</translation>
        </message>
        <message>
            <source>Cannot save {path}: {error}</source>
            <translation>לא ניתן לשמור את {path}: {error}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} נשמר.</translation>
        </message>
    </context>
    <context>
        <name>DecisionJob</name>
        <message>
            <source>Yearly costs</source>
            <translation>עלויות שנתיות</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>פרשנויות</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>פרמטרים</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>שערי חליפין</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>נפחים</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>נקודות איזון</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>הסתיים</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>Criteria…</source>
            <translation>קריטריונים…</translation>
        </message>
        <message>
            <source>Profile…</source>
            <translation>פרופיל…</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>מה ישנה את המנצח</translation>
        </message>
        <message>
            <source>Break-even volumes</source>
            <translation>נפחי נקודת האיזון</translation>
        </message>
        <message>
            <source>How sure: flips and break-even</source>
            <translation>מידת הוודאות: החלפות מנצח ונקודות איזון</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>תרחישים × מסלולים</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>שאלות לכל ספק</translation>
        </message>
        <message>
            <source>step %v of %m</source>
            <translation>שלב %v מתוך %m</translation>
        </message>
        <message>
            <source>Ranking of the plans</source>
            <translation>דירוג המסלולים</translation>
        </message>
        <message>
            <source>Working out the decision: {years} simulated years of the profile “{profile}”…</source>
            <translation>חישוב ההחלטה: {years} שנים בהדמיה של הפרופיל "{profile}"…</translation>
        </message>
        <message>
            <source>The ranking appears here when the yearly simulation is done.</source>
            <translation>הדירוג יופיע כאן בסיום ההדמיה השנתית.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>מתבצע חישוב ההחלטה…</translation>
        </message>
        <message>
            <source>Out of date: your last edit is being worked into the decision. Before it: {headline}</source>
            <translation>לא עדכני: העריכה האחרונה שלך מוכנסת כעת לחישוב ההחלטה. לפני העריכה: {headline}</translation>
        </message>
        <message>
            <source>Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, {years} simulated years · {criteria}</source>
            <translation>דירוג לפי {basis} · פרופיל "{profile}", {volume} קריאות בחודש, {years} שנים בהדמיה · {criteria}</translation>
        </message>
        <message>
            <source>Working: {step}…</source>
            <translation>מתבצע חישוב: {step}…</translation>
        </message>
        <message>
            <source>The decision cannot be worked out: {message}</source>
            <translation>לא ניתן לחשב את ההחלטה: {message}</translation>
        </message>
    </context>
    <context>
        <name>FrozenColumnTableView</name>
        <message>
            <source>Columns</source>
            <translation>עמודות</translation>
        </message>
        <message>
            <source>Columns shown</source>
            <translation>עמודות מוצגות</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Termscope: a short guide</source>
            <translation>Termscope: מדריך קצר</translation>
        </message>
        <message>
            <source>Termscope reads each vendor's support terms as a model and shows, for one support request at a time, when each vendor would respond, start work, finish and release the fix, and what it would cost. Every figure is traced back to a clause of the vendor's own text.</source>
            <translation>Termscope קורא את תנאי התמיכה של כל ספק כמודל ומציג, לכל פנייה בנפרד, מתי כל ספק יגיב, יתחיל בטיפול, יסיים אותו ויעלה גרסה עם התיקון, וכמה זה יעלה. כל נתון מקושר לסעיף בטקסט של הספק עצמו.</translation>
        </message>
        <message>
            <source>The panels</source>
            <translation>החלוניות</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contracts&lt;/b&gt; (left)</source>
            <translation>&lt;b&gt;חוזים&lt;/b&gt; (מימין)</translation>
        </message>
        <message>
            <source>The vendors and their plans. Tick a plan to compare it. Each plan shows its currency, its time zone and how many of its values are &lt;i&gt;assumed&lt;/i&gt; or &lt;i&gt;not stated&lt;/i&gt; by the vendor. &lt;i&gt;File → Open Contract…&lt;/i&gt; (or drop a file on the window) adds a contract.</source>
            <translation>הספקים והמסלולים שלהם. יש לסמן מסלול כדי לכלול אותו בהשוואה. לכל מסלול מוצגים המטבע שלו, אזור הזמן שלו וכמה מהערכים שלו אינם מופיעים בתנאי הספק ומסומנים &lt;i&gt;הנחה&lt;/i&gt; או &lt;i&gt;לא צוין&lt;/i&gt;. &lt;i&gt;קובץ ← פתיחת חוזה…&lt;/i&gt; (או גרירת קובץ אל החלון) מוסיפה חוזה.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;החלטה&lt;/b&gt; (כרטיסייה)</translation>
        </message>
        <message>
            <source>Which offer to take, and why. The headline names the winner, its score and its lead over the runner-up; below it, how sure that is. The ranking lists every plan with its yearly cost under the workload profile (fee plus usage, in the comparison currency), the share of tickets it prices, its score and the must-haves it fails. &lt;i&gt;What would flip the winner&lt;/i&gt; lists the changes tried (other readings of a clause, each parameter, the exchange rates, the volume) and which change the winner; &lt;i&gt;Break-even volumes&lt;/i&gt; says at how many tickets a month a rival becomes cheaper; &lt;i&gt;Questions for each vendor&lt;/i&gt; lists what to ask before signing. &lt;i&gt;Profile…&lt;/i&gt; and &lt;i&gt;Criteria…&lt;/i&gt; (Ctrl+K) change what the decision weighs.</source>
            <translation>איזו הצעה לבחור, ולמה. הכותרת הראשית מציינת את המנצח, את הציון שלו ואת הפער שלו מהמקום השני; מתחתיה – מידת הוודאות. הדירוג מציג כל מסלול עם העלות השנתית שלו לפי פרופיל עומס העבודה (דמי מנוי ועוד עלות שימוש, במטבע ההשוואה), שיעור הקריאות שהוא מתמחר, הציון שלו ותנאי הסף שהוא אינו עומד בהם. &lt;i&gt;מה ישנה את המנצח&lt;/i&gt; מפרט את השינויים שנבדקו (פרשנויות אחרות של סעיף, כל פרמטר, שערי החליפין, הנפח) ואילו מהם משנים את המנצח; &lt;i&gt;נפחי נקודת האיזון&lt;/i&gt; מראה מאיזה מספר קריאות בחודש מסלול מתחרה נעשה זול יותר; &lt;i&gt;שאלות לכל ספק&lt;/i&gt; מפרט מה כדאי לשאול לפני החתימה. &lt;i&gt;פרופיל…&lt;/i&gt; ו-&lt;i&gt;קריטריונים…&lt;/i&gt; (Ctrl+K) משנים את מה שההחלטה שוקלת.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (tab, and the list on the left)</source>
            <translation>&lt;b&gt;תרחישים&lt;/b&gt; (כרטיסייה, והרשימה מימין)</translation>
        </message>
        <message>
            <source>The support requests to compare: add, duplicate, rename (double-click), delete and reorder them. The form above the table edits the selected one: when it was reported and in which time zone, severity, cause, effort, hours on site, the issue's age, after-hours work, and whether the fix needs a release. Every edit recomputes the comparison at once.</source>
            <translation>הפניות להשוואה: אפשר להוסיף, לשכפל, לשנות שם (לחיצה כפולה), למחוק ולשנות את הסדר. הטופס שמעל הטבלה עורך את התרחיש הנבחר: מתי דווחה הפנייה ובאיזה אזור זמן, דרגת חומרה, סיבה, היקף עבודה, שעות אצל הלקוח, משך קיום התקלה, עבודה מחוץ לשעות העבודה, והאם התיקון מחייב העלאת גרסה. כל עריכה מחשבת מחדש את ההשוואה מיד.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparison&lt;/b&gt; (the Scenarios tab's table)</source>
            <translation>&lt;b&gt;השוואה&lt;/b&gt; (הטבלה בכרטיסייה "תרחישים")</translation>
        </message>
        <message>
            <source>One row per plan for the selected scenario. Click a column header to sort.</source>
            <translation>שורה לכל מסלול עבור התרחיש הנבחר. לחיצה על כותרת עמודה ממיינת לפיה.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why&lt;/b&gt; (bottom right)</source>
            <translation>&lt;b&gt;למה?&lt;/b&gt; (למטה משמאל)</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see the rules behind it: the clause, the vendor's own words, an English reading and the values used. Readings that are assumed or interpreted are marked, with a link to change the parameters they depend on.</source>
            <translation>בחירת תא בהשוואה מציגה את הכללים שמאחוריו: הסעיף, המילים של הספק עצמו, פרשנות באנגלית והערכים ששימשו בחישוב. פרשנויות מסוג "הנחה" או "פרשנות" מסומנות, עם קישור לשינוי הפרמטרים שהן תלויות בהם.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (bottom left)</source>
            <translation>&lt;b&gt;ציר זמן&lt;/b&gt; (למטה מימין)</translation>
        </message>
        <message>
            <source>One lane per plan from the report to each milestone, with each vendor's office hours shaded, so you see where nights, weekends and holidays stretch a promise.</source>
            <translation>נתיב לכל מסלול, מהדיווח ועד כל אבן דרך, ושעות הפעילות של כל ספק מוצללות – כך רואים היכן לילות, סופי שבוע וחגים מאריכים את מה שהובטח.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workload&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;עומס עבודה&lt;/b&gt; (כרטיסייה)</translation>
        </message>
        <message>
            <source>Years of tickets drawn from a workload profile, run through every compared plan: the yearly cost range (P10, median, P90), included hours used, tickets not covered, and a break-even chart of cost against tickets a month.</source>
            <translation>שנים של קריאות שנדגמו מפרופיל עומס עבודה והורצו על כל מסלול בהשוואה: טווח העלות השנתית (P10, חציון, P90), השעות הכלולות שנוצלו, קריאות שאינן מכוסות, ותרשים נקודת איזון של העלות מול מספר הקריאות בחודש.</translation>
        </message>
        <message>
            <source>How to read a result</source>
            <translation>איך לקרוא תוצאה</translation>
        </message>
        <message>
            <source>&lt;b&gt;Response, Work start, Resolution, Release&lt;/b&gt; are shown in the vendor's local time, with the time since the report and a kind: &lt;i&gt;commitment&lt;/i&gt; (promised), &lt;i&gt;average&lt;/i&gt; or &lt;i&gt;goal&lt;/i&gt; (the vendor aims for it), or &lt;i&gt;estimate&lt;/i&gt; (worked out by Termscope, e.g. work start plus the effort in the vendor's working hours). A dash means the terms say nothing.</source>
            <translation>&lt;b&gt;תגובה, תחילת טיפול, סיום טיפול, העלאת גרסה&lt;/b&gt; מוצגים לפי השעה המקומית של הספק, עם הזמן שעבר מהדיווח ועם סוג: &lt;i&gt;התחייבות&lt;/i&gt; (הובטח), &lt;i&gt;ממוצע&lt;/i&gt; או &lt;i&gt;יעד&lt;/i&gt; (הספק שואף לעמוד בו), או &lt;i&gt;הערכה&lt;/i&gt; (חושב על ידי Termscope, למשל תחילת טיפול ועוד היקף העבודה בשעות העבודה של הספק). מקף פירושו שהתנאים אינם אומרים דבר על כך.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;covered&lt;/i&gt;; &lt;i&gt;not covered&lt;/i&gt; (the plan refuses part of the request: out of scope, not in this package, quota used up); &lt;i&gt;quote required&lt;/i&gt; (the vendor prices a part by quote).</source>
            <translation>&lt;b&gt;מצב&lt;/b&gt;: &lt;i&gt;מכוסה&lt;/i&gt;; &lt;i&gt;לא מכוסה&lt;/i&gt; (המסלול דוחה חלק מהפנייה: מחוץ להיקף השירות, לא כלול בחבילה זו, המכסה נוצלה); &lt;i&gt;נדרשת הצעת מחיר&lt;/i&gt; (הספק מתמחר חלק מהפנייה לפי הצעת מחיר).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Net, Gross&lt;/b&gt; are in the vendor's currency; the next column converts to the comparison currency at the dated exchange rates. A price the vendor does not state is written out as &lt;i&gt;not stated&lt;/i&gt;, never counted as 0.</source>
            <translation>&lt;b&gt;לפני מע״מ, כולל מע״מ&lt;/b&gt; מוצגים במטבע של הספק; העמודה הבאה ממירה למטבע ההשוואה לפי שערי החליפין נכון לתאריך שנקבע. מחיר שהספק אינו מציין מוצג במפורש כ-&lt;i&gt;לא צוין&lt;/i&gt;, ולעולם אינו נספר כ-0.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan fee&lt;/b&gt; is the yearly or monthly fee of the plan, apart from the cost of the request.</source>
            <translation>&lt;b&gt;דמי מנוי למסלול&lt;/b&gt; הם דמי המנוי השנתיים או החודשיים של המסלול, בנפרד מעלות הפנייה.</translation>
        </message>
        <message>
            <source>The best value of each column is shaded green. Hover over a cell for the cost lines and the clauses behind them.</source>
            <translation>הערך הטוב ביותר בכל עמודה מוצלל בירוק. העברת העכבר מעל תא מציגה את שורות העלות ואת הסעיפים שמאחוריהן.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>קיצורי מקשים</translation>
        </message>
        <message>
            <source>this guide</source>
            <translation>המדריך הזה</translation>
        </message>
        <message>
            <source>parameters, comparison currency and exchange rates</source>
            <translation>פרמטרים, מטבע ההשוואה ושערי חליפין</translation>
        </message>
        <message>
            <source>decision criteria</source>
            <translation>קריטריונים להחלטה</translation>
        </message>
        <message>
            <source>undo / redo</source>
            <translation>ביטול פעולה / ביצוע מחדש</translation>
        </message>
        <message>
            <source>export to Excel / PDF</source>
            <translation>ייצוא ל-Excel / ל-PDF</translation>
        </message>
        <message>
            <source>save, open a comparison</source>
            <translation>שמירה, פתיחת השוואה</translation>
        </message>
        <message>
            <source>The same engine runs from the command line: &lt;code&gt;termscope --help&lt;/code&gt;.</source>
            <translation>אותו מנוע פועל גם משורת הפקודה: &lt;code&gt;termscope --help&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Termscope guide</source>
            <translation>מדריך Termscope</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Hebrew</source>
            <translation>עברית</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>פרסית</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>נורווגית</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>שוודית</translation>
        </message>
        <message>
            <source>English</source>
            <translation>אנגלית</translation>
        </message>
        <message>
            <source>Contract · plan</source>
            <translation>חוזה · מסלול</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>מטבע</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>אזור זמן</translation>
        </message>
        <message>
            <source>Assumed / not stated</source>
            <translation>הנחה / לא צוין</translation>
        </message>
        <message>
            <source>{stated} stated, {interpreted} interpreted, {assumed} assumed, {not_stated} not stated</source>
            <translation>מצוין: {stated}, פרשנות: {interpreted}, הנחה: {assumed}, לא צוין: {not_stated}</translation>
        </message>
        <message>
            <source>Compare {plan}</source>
            <translation>הוספת {plan} להשוואה</translation>
        </message>
        <message>
            <source>Stop comparing {plan}</source>
            <translation>הסרת {plan} מההשוואה</translation>
        </message>
        <message>
            <source>Contracts and plans</source>
            <translation>חוזים ומסלולים</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>חוברות עבודה של Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>מסמכי PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>קובצי CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>מסמכי JSON (*.json)</translation>
        </message>
        <message>
            <source>Termscope comparisons (*.yaml *.yml);;All files (*)</source>
            <translation>השוואות Termscope (*.yaml *.yml);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Contract files (*.yaml *.yml);;All files (*)</source>
            <translation>קובצי חוזה (*.yaml *.yml);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>שינויים שלא נשמרו</translation>
        </message>
        <message>
            <source>The comparison has unsaved changes. Save them before closing?</source>
            <translation>בהשוואה יש שינויים שלא נשמרו. לשמור אותם לפני הסגירה?</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>החלטה</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>תרחישים</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>עומס עבודה</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>חוזים</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>ציר זמן</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>למה?</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;עריכה</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;שפה</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ע&amp;זרה</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;חדש</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;פתיחה…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>פתיחת קבצים &amp;אחרונים</translation>
        </message>
        <message>
            <source>Open &amp;Contract…</source>
            <translation>פתיחת חו&amp;זה…</translation>
        </message>
        <message>
            <source>New Con&amp;tract…</source>
            <translation>חוזה ח&amp;דש…</translation>
        </message>
        <message>
            <source>E&amp;dit Contract…</source>
            <translation>&amp;עריכת חוזה…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;שמירה</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>שמירה &amp;בשם…</translation>
        </message>
        <message>
            <source>Export to &amp;Excel…</source>
            <translation>ייצוא ל-&amp;Excel…</translation>
        </message>
        <message>
            <source>Export to &amp;PDF…</source>
            <translation>ייצוא ל-&amp;PDF…</translation>
        </message>
        <message>
            <source>Export to PDF (Summar&amp;y)…</source>
            <translation>ייצוא ל-PDF (&amp;תקציר)…</translation>
        </message>
        <message>
            <source>Export to CS&amp;V…</source>
            <translation>ייצוא ל-CS&amp;V…</translation>
        </message>
        <message>
            <source>Export to &amp;JSON…</source>
            <translation>ייצוא ל-&amp;JSON…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;יציאה</translation>
        </message>
        <message>
            <source>&amp;Parameters and Currency…</source>
            <translation>&amp;פרמטרים ומטבע…</translation>
        </message>
        <message>
            <source>Decision &amp;Criteria…</source>
            <translation>&amp;קריטריונים להחלטה…</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;מדריך</translation>
        </message>
        <message>
            <source>&amp;About Termscope</source>
            <translation>&amp;אודות Termscope</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;ביטול פעולה: {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;ביטול פעולה</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>ביצוע &amp;מחדש: {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ביצוע &amp;מחדש</translation>
        </message>
        <message>
            <source>Comparison of the plans for the selected scenario</source>
            <translation>השוואת המסלולים עבור התרחיש הנבחר</translation>
        </message>
        <message>
            <source>vendor currencies</source>
            <translation>מטבעות הספקים</translation>
        </message>
        <message>
            <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
            <translation>{plans} מסלולים · {scenarios} תרחישים · השוואה ב-{currency} · שערים נכון ל-{date} (בסיס {base}) · זמן הדמיה: {ms} אלפיות שנייה</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>ללא שם</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation>שמירת השוואה</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>תרחיש {number}</translation>
        </message>
        <message>
            <source>New comparison</source>
            <translation>השוואה חדשה</translation>
        </message>
        <message>
            <source>Open comparison</source>
            <translation>פתיחת השוואה</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>נפתח: {path}</translation>
        </message>
        <message>
            <source>Cannot open comparison</source>
            <translation>לא ניתן לפתוח את ההשוואה</translation>
        </message>
        <message>
            <source>Open contract</source>
            <translation>פתיחת חוזה</translation>
        </message>
        <message>
            <source>Open contract {contract}</source>
            <translation>פתיחת החוזה {contract}</translation>
        </message>
        <message>
            <source>Loaded {vendor} from {path}</source>
            <translation>{vendor} נטען מ-{path}</translation>
        </message>
        <message>
            <source>The contract file is not valid</source>
            <translation>קובץ החוזה אינו תקין</translation>
        </message>
        <message>
            <source>Cannot save the comparison</source>
            <translation>לא ניתן לשמור את ההשוואה</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>נשמר: {path}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ייצוא</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>ייצוא אל {file}…</translation>
        </message>
        <message>
            <source>Exporting to {file}: {step}</source>
            <translation>ייצוא אל {file}: {step}</translation>
        </message>
        <message>
            <source>Exported {path} without the decision: it is being worked out again for your last edit. Export again when the Decision tab is up to date.</source>
            <translation>{path} יוצא ללא ההחלטה: ההחלטה מחושבת מחדש בעקבות העריכה האחרונה. יש לייצא שוב כשהכרטיסייה "החלטה" מעודכנת.</translation>
        </message>
        <message>
            <source>Exported {path} with the decision</source>
            <translation>{path} יוצא עם ההחלטה</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>הייצוא נכשל</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>הייצוא הסתיים</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>הקובץ {path} נכתב.</translation>
        </message>
        <message>
            <source>Change parameters</source>
            <translation>שינוי פרמטרים</translation>
        </message>
        <message>
            <source>About Termscope</source>
            <translation>אודות Termscope</translation>
        </message>
        <message>
            <source>IT support contracts as executable models: what each vendor would do and charge, side by side, every number traced to a clause.</source>
            <translation>חוזי תמיכת IT כמודלים ניתנים להרצה: מה כל ספק היה עושה וכמה היה גובה, זה לצד זה, וכל מספר מקושר לסעיף.</translation>
        </message>
        <message>
            <source>Contract sources:</source>
            <translation>מקורות החוזים:</translation>
        </message>
    </context>
    <context>
        <name>ParametersDialog</name>
        <message>
            <source> (assumed)</source>
            <translation> (הנחה)</translation>
        </message>
        <message>
            <source> (not stated)</source>
            <translation> (לא צוין)</translation>
        </message>
        <message>
            <source>Comparison, parameters and currency</source>
            <translation>השוואה, פרמטרים ומטבע</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>השוואה</translation>
        </message>
        <message>
            <source>who the comparison is prepared for (shown on exports)</source>
            <translation>עבור מי הוכנה ההשוואה (מוצג בקבצים המיוצאים)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>הוכן עבור</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ללא</translation>
        </message>
        <message>
            <source>not supplied: prices that need it show as not stated</source>
            <translation>לא סופק: מחירים התלויים בו יוצגו כ"לא צוין"</translation>
        </message>
        <message>
            <source>{description}
Unit: {unit}. Default: {default}{note}. Clause {clause}.</source>
            <translation>{description}
יחידה: {unit}. ברירת מחדל: {default}{note}. סעיף {clause}.</translation>
        </message>
        <message>
            <source>Comparison currency and exchange rates</source>
            <translation>מטבע ההשוואה ושערי החליפין</translation>
        </message>
        <message>
            <source>none (vendor currencies only)</source>
            <translation>ללא (מטבעות הספקים בלבד)</translation>
        </message>
        <message>
            <source>Compare in</source>
            <translation>השוואה במטבע</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>כולל מע״מ</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>לפני מע״מ</translation>
        </message>
        <message>
            <source>Converted amounts</source>
            <translation>סכומים מומרים</translation>
        </message>
        <message>
            <source>Rates of</source>
            <translation>שערים נכון לתאריך</translation>
        </message>
        <message>
            <source>Units of each currency per 1 {base}:</source>
            <translation>כמה יחידות מכל מטבע שוות 1 {base}:</translation>
        </message>
        <message>
            <source>{contract}: {name} must be a number of 0 or more, not {text}</source>
            <translation>{contract}: הערך של {name} חייב להיות מספר גדול מ-0 או שווה לו, לא {text}</translation>
        </message>
        <message>
            <source>the rate of {code} must be a number above 0</source>
            <translation>השער של {code} חייב להיות מספר גדול מ-0</translation>
        </message>
    </context>
    <context>
        <name>PlainWords</name>
        <message>
            <source>VAT</source>
            <translation>מע״מ</translation>
        </message>
        <message>
            <source>at</source>
            <translation>מועד</translation>
        </message>
        <message>
            <source>office hours</source>
            <translation>שעות פעילות</translation>
        </message>
        <message>
            <source>business day</source>
            <translation>יום עבודה</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>פרשנות</translation>
        </message>
        <message>
            <source>report day</source>
            <translation>יום הדיווח</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>דרגת חומרה</translation>
        </message>
        <message>
            <source>becomes</source>
            <translation>דרגה בפועל</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>תוצאה</translation>
        </message>
        <message>
            <source>part</source>
            <translation>רכיב</translation>
        </message>
        <message>
            <source>visits per year</source>
            <translation>ביקורים בשנה</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>שעות</translation>
        </message>
        <message>
            <source>included</source>
            <translation>שעות כלולות</translation>
        </message>
        <message>
            <source>consumed</source>
            <translation>שעות שנוצלו</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>סוג</translation>
        </message>
        <message>
            <source>when</source>
            <translation>תנאי</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>סכום</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>כלל</translation>
        </message>
        <message>
            <source>parts</source>
            <translation>רכיבים</translation>
        </message>
        <message>
            <source>total</source>
            <translation>סה״כ</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>דמי מנוי</translation>
        </message>
        <message>
            <source>net</source>
            <translation>לפני מע״מ</translation>
        </message>
        <message>
            <source>open</source>
            <translation>פתוח</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>סגור</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>כן</translation>
        </message>
        <message>
            <source>no</source>
            <translation>לא</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>לא צוין</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>לא ידוע</translation>
        </message>
        <message>
            <source>always</source>
            <translation>תמיד</translation>
        </message>
        <message>
            <source>hourly rate</source>
            <translation>תעריף שעתי</translation>
        </message>
        <message>
            <source>prepaid hours</source>
            <translation>שעות מבנק השעות</translation>
        </message>
        <message>
            <source>service hours</source>
            <translation>שעות שירות</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>לפי הצעת מחיר</translation>
        </message>
        <message>
            <source>a share of a parameter</source>
            <translation>אחוז מפרמטר</translation>
        </message>
        <message>
            <source>a multiple of a parameter</source>
            <translation>כפולה של פרמטר</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>מחיר קבוע</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>ליחידה</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>מצב: {status}</translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source> years</source>
            <translation> שנים</translation>
        </message>
        <message>
            <source>Where Does My Draft Stand?</source>
            <translation>היכן עומדת הטיוטה שלי?</translation>
        </message>
        <message>
            <source>Tick the rivals and run.</source>
            <translation>יש לסמן את המתחרים ולהריץ.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>נתון</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>כעת</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>יעד</translation>
        </message>
        <message>
            <source>Price to beat</source>
            <translation>מחיר יעד</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>רכיב</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>נקודות</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>שלהם</translation>
        </message>
        <message>
            <source>Score lost</source>
            <translation>ציון שאבד</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>פרופיל</translation>
        </message>
        <message>
            <source>Rivals</source>
            <translation>מתחרים</translation>
        </message>
        <message>
            <source>Where it loses (against the winner or the runner-up)</source>
            <translation>היכן המסלול מפסיד (מול המנצח או המקום השני)</translation>
        </message>
        <message>
            <source>The price to beat</source>
            <translation>המחיר שצריך להציע כדי לנצח</translation>
        </message>
        <message>
            <source>The draft has problems; fix them first (see the Problems list).</source>
            <translation>בטיוטה יש בעיות; יש לתקן אותן קודם (פירוט ברשימת הבעיות).</translation>
        </message>
        <message>
            <source>Tick at least one rival.</source>
            <translation>יש לסמן לפחות מתחרה אחד.</translation>
        </message>
        <message>
            <source>Simulating {years} years of {profile} for {count} rivals…</source>
            <translation>מתבצעת הדמיה של {years} שנים של {profile} עבור {count} מתחרים…</translation>
        </message>
        <message>
            <source>{profile}, {years} years, {count} rivals, costs in {currency}.</source>
            <translation>{profile}, {years} שנים, {count} מתחרים, עלויות ב-{currency}.</translation>
        </message>
    </context>
    <context>
        <name>RangeChart</name>
        <message>
            <source>billions</source>
            <translation>מיליארדים</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>מיליונים</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>אלפים</translation>
        </message>
        <message>
            <source>Every plan has tickets without a stated price: the bars show the known part.</source>
            <translation>לכל המסלולים יש קריאות ללא מחיר שצוין: העמודות מציגות את החלק הידוע.</translation>
        </message>
        <message>
            <source>* has tickets without a stated price: the bar shows the known part.</source>
            <translation>*: למסלול יש קריאות ללא מחיר שצוין; העמודה מציגה את החלק הידוע.</translation>
        </message>
        <message>
            <source>Yearly cost range chart</source>
            <translation>תרשים טווח העלות השנתית</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>מתבצעת הדמיה של הפרופיל…</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}: P10 – P90, median marked</source>
            <translation>עלות שנתית ב-{currency}: P10 – P90, החציון מסומן</translation>
        </message>
        <message>
            <source>The yearly cost range of each plan, being simulated.</source>
            <translation>טווח העלות השנתית של כל מסלול, בתהליך הדמיה.</translation>
        </message>
        <message>
            <source>{plan}: {currency} {p10} to {p90} a year, median {p50}</source>
            <translation>{plan}: {currency} {p10} עד {p90} לשנה, חציון {p50}</translation>
        </message>
        <message>
            <source>(some costs not stated)</source>
            <translation>(חלק מהעלויות לא צוינו)</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}, P10 to P90 with the median, per plan.</source>
            <translation>עלות שנתית ב-{currency}, P10 עד P90 עם החציון, לפי מסלול.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source> h</source>
            <translation> שע׳</translation>
        </message>
        <message>
            <source>Fault in the vendor's product</source>
            <translation>תקלה במוצר הספק</translation>
        </message>
        <message>
            <source>Caused by the customer</source>
            <translation>נגרמה על ידי הלקוח</translation>
        </message>
        <message>
            <source>No fault (question, mistaken report)</source>
            <translation>אין תקלה (שאלה, דיווח שגוי)</translation>
        </message>
        <message>
            <source>Change request (new work)</source>
            <translation>בקשת שינוי (עבודה חדשה)</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>קריטית</translation>
        </message>
        <message>
            <source>High</source>
            <translation>גבוהה</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>רגילה</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>נמוכה</translation>
        </message>
        <message>
            <source>report time</source>
            <translation>מועד הדיווח</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>דרגת חומרה</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <source>vendor work</source>
            <translation>היקף עבודת הספק</translation>
        </message>
        <message>
            <source>on-site hours</source>
            <translation>שעות אצל הלקוח</translation>
        </message>
        <message>
            <source>how long the fault existed</source>
            <translation>משך קיום התקלה</translation>
        </message>
        <message>
            <source>work outside the vendor's hours</source>
            <translation>עבודה מחוץ לשעות הפעילות של הספק</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>התיקון נכנס בגרסה חדשה</translation>
        </message>
        <message>
            <source>Vendor work</source>
            <translation>היקף עבודת הספק</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>אצל הלקוח</translation>
        </message>
        <message>
            <source>Fault age</source>
            <translation>משך קיום התקלה</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>מועד הדיווח</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>אזור זמן</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>דרגת חומרה</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>סיבה</translation>
        </message>
        <message>
            <source>Fault existed for</source>
            <translation>משך קיום התקלה</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>תרחיש</translation>
        </message>
        <message>
            <source>Work asked for outside the vendor's hours</source>
            <translation>נדרשת עבודה מחוץ לשעות העבודה של הספק</translation>
        </message>
        <message>
            <source>The fix ships in a software release</source>
            <translation>התיקון נכנס בגרסה חדשה</translation>
        </message>
        <message>
            <source>Add a scenario to compare the plans.</source>
            <translation>יש להוסיף תרחיש כדי להשוות בין המסלולים.</translation>
        </message>
        <message>
            <source>{what} is at most {maximum} h: {typed} h was taken as {maximum} h.</source>
            <translation>הערך המרבי עבור {what} הוא {maximum} שע׳: הערך {typed} שע׳ הוחלף ב-{maximum} שע׳.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>עריכה: {field}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioList</name>
        <message>
            <source>{reported}, {severity}, {cause}, {effort} h</source>
            <translation>{reported}, {severity}, {cause}, {effort} שע׳</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>שינוי שם תרחיש</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>הוספה</translation>
        </message>
        <message>
            <source>Add a scenario</source>
            <translation>הוספת תרחיש</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>שכפול</translation>
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation>שכפול התרחיש הנבחר</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחיקה</translation>
        </message>
        <message>
            <source>Delete the selected scenario</source>
            <translation>מחיקת התרחיש הנבחר</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>העברה למעלה</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>העברה למטה</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>תרחישים</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>תרחיש {number}</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>הוספת תרחיש</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (עותק)</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>שכפול תרחיש</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>מחיקת תרחיש</translation>
        </message>
        <message>
            <source>Move scenario</source>
            <translation>העברת תרחיש</translation>
        </message>
    </context>
    <context>
        <name>SourcePanel</name>
        <message>
            <source>Text (*.txt)</source>
            <translation>טקסט (*.txt)</translation>
        </message>
        <message>
            <source>Open the vendor's terms (a text file) or paste them here.</source>
            <translation>יש לפתוח את תנאי הספק (קובץ טקסט) או להדביק אותם כאן.</translation>
        </message>
        <message>
            <source>English reading of the selected words (optional now)</source>
            <translation>פרשנות באנגלית של המילים שנבחרו (לא חובה בשלב זה)</translation>
        </message>
        <message>
            <source>Open Text…</source>
            <translation>פתיחת טקסט…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>הדבקה</translation>
        </message>
        <message>
            <source>Make Clause from Selection</source>
            <translation>יצירת סעיף מהטקסט הנבחר</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet</source>
            <translation>משפטים שעדיין אינם מצוטטים בשום סעיף</translation>
        </message>
        <message>
            <source>Open the Vendor's Terms</source>
            <translation>פתיחת תנאי הספק</translation>
        </message>
        <message>
            <source>Select the vendor's words first.</source>
            <translation>יש לבחור תחילה את המילים של הספק.</translation>
        </message>
        <message>
            <source>Clause {clause} quotes the selected words.</source>
            <translation>סעיף {clause} מצטט את המילים שנבחרו.</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet ({count})</source>
            <translation>משפטים שעדיין אינם מצוטטים בשום סעיף ({count})</translation>
        </message>
        <message>
            <source>Clauses no rule cites yet: {clauses}</source>
            <translation>סעיפים שעדיין אין כלל שמפנה אליהם: {clauses}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>אין</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>response</source>
            <translation>תגובה</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>תחילת טיפול</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>סיום טיפול</translation>
        </message>
        <message>
            <source>release</source>
            <translation>העלאת גרסה</translation>
        </message>
        <message>
            <source>Timeline of the milestones</source>
            <translation>ציר הזמן של אבני הדרך</translation>
        </message>
        <message>
            <source>No plans to show.</source>
            <translation>אין מסלולים להצגה.</translation>
        </message>
        <message>
            <source>vendor's office hours</source>
            <translation>שעות הפעילות של הספק</translation>
        </message>
        <message>
            <source>report</source>
            <translation>דיווח</translation>
        </message>
        <message>
            <source>Time in {zone}</source>
            <translation>השעה לפי {zone}</translation>
        </message>
        <message>
            <source>no milestones</source>
            <translation>אין אבני דרך</translation>
        </message>
        <message>
            <source>Reported {when}.</source>
            <translation>מועד הדיווח: {when}.</translation>
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>No plans are compared.</source>
            <translation>אין מסלולים בהשוואה.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>מתבצע חישוב ההחלטה…</translation>
        </message>
        <message>
            <source>Cost by ticket volume chart</source>
            <translation>תרשים עלות לפי נפח קריאות</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} (unpriced tickets loaded) by tickets a month</source>
            <translation>עלות שנתית ב-{currency} (כולל העמסה על קריאות ללא מחיר) לפי קריאות בחודש</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} by tickets a month, from {low} to {high}; the profile has {volume}.</source>
            <translation>עלות שנתית ב-{currency} לפי קריאות בחודש, מ-{low} עד {high}; בפרופיל {volume}.</translation>
        </message>
        <message>
            <source>{plan} (the winner): {low} to {high}.</source>
            <translation>{plan} (המנצח): {low} עד {high}.</translation>
        </message>
        <message>
            <source>{plan}: {low} to {high}.</source>
            <translation>{plan}: {low} עד {high}.</translation>
        </message>
        <message>
            <source>{plan} becomes cheaper at {tickets} tickets a month.</source>
            <translation>{plan} נעשה זול יותר החל מ-{tickets} קריאות בחודש.</translation>
        </message>
        <message>
            <source>tickets a month (log scale)</source>
            <translation>קריאות בחודש (סולם לוגריתמי)</translation>
        </message>
        <message>
            <source>profile: {volume}/month</source>
            <translation>פרופיל: {volume} לחודש</translation>
        </message>
        <message>
            <source>break-even {tickets}/month</source>
            <translation>נקודת איזון: {tickets} לחודש</translation>
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>assumed</source>
            <translation>הנחה</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>פרשנות</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>לא צוין</translation>
        </message>
        <message>
            <source>report</source>
            <translation>דיווח</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>דרגת חומרה</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>היקף השירות</translation>
        </message>
        <message>
            <source>quota</source>
            <translation>מכסה</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>עלות</translation>
        </message>
        <message>
            <source>response</source>
            <translation>תגובה</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>תחילת טיפול</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>סיום טיפול</translation>
        </message>
        <message>
            <source>release</source>
            <translation>העלאת גרסה</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>דמי מנוי</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see why.</source>
            <translation>יש לבחור תא בהשוואה כדי לראות את ההסבר.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>אזהרה</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>הערה</translation>
        </message>
        <message>
            <source>Change parameters and assumed values…</source>
            <translation>שינוי פרמטרים וערכי הנחה…</translation>
        </message>
        <message>
            <source>Cost lines</source>
            <translation>שורות עלות</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>{basis}; the clock stopped for {hours} of pauses</source>
            <translation>{basis}; ספירת הזמן נעצרה למשך {hours} בשל השהיות</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} שע׳</translation>
        </message>
        <message>
            <source>{clock} (office hours of plan {plan})</source>
            <translation>{clock} (לפי שעות הפעילות של המסלול {plan})</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first}; {then}</translation>
        </message>
        <message>
            <source>the earliest of: {clocks}</source>
            <translation>המוקדם מבין: {clocks}</translation>
        </message>
        <message>
            <source>the latest of: {clocks}</source>
            <translation>המאוחר מבין: {clocks}</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours (the effort)</source>
            <translation>{start} + {hours} שעות רצופות (היקף העבודה)</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours</source>
            <translation>{start} + {hours} שעות רצופות</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours (the effort)</source>
            <translation>{start} + {hours} שעות עבודה (היקף העבודה)</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours</source>
            <translation>{start} + {hours} שעות עבודה</translation>
        </message>
        <message>
            <source>{start} + {days} business days of {day} h</source>
            <translation>{start} + {days} ימי עבודה של {day} שע׳</translation>
        </message>
        <message>
            <source>next business day after {start}, at opening</source>
            <translation>יום העבודה הבא אחרי {start}, בשעת הפתיחה</translation>
        </message>
        <message>
            <source>next business day after {start}, at {time}</source>
            <translation>יום העבודה הבא אחרי {start}, בשעה {time}</translation>
        </message>
        <message>
            <source>closing time of the first business day at or after {start}</source>
            <translation>שעת הסגירה של יום העבודה הראשון ביום {start} או לאחריו</translation>
        </message>
        <message>
            <source>{start} + {days} calendar days (same local time)</source>
            <translation>{start} + {days} ימים קלנדריים (באותה שעה מקומית)</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at closing time</source>
            <translation>יום העבודה הראשון שחל ב{days}, החל מ{start}, בשעת הסגירה</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at {time}</source>
            <translation>יום העבודה הראשון שחל ב{days}, החל מ{start}, בשעה {time}</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>הדיווח</translation>
        </message>
        <message>
            <source>response</source>
            <translation>תגובה</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>תחילת טיפול</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>סיום טיפול</translation>
        </message>
        <message>
            <source>release</source>
            <translation>העלאת גרסה</translation>
        </message>
        <message>
            <source>{statistic} {milestone}, {tickets}</source>
            <translation>{milestone} ({statistic}), {tickets}</translation>
        </message>
        <message>
            <source>median</source>
            <translation>חציון</translation>
        </message>
        <message>
            <source>critical tickets</source>
            <translation>קריאות קריטיות</translation>
        </message>
        <message>
            <source>all tickets</source>
            <translation>כל הקריאות</translation>
        </message>
        <message>
            <source>{milestone} within {hours} h ({statistic}, {tickets})</source>
            <translation>{milestone} תוך {hours} שע׳ ({statistic}, {tickets})</translation>
        </message>
        <message>
            <source>on-site visits available for {severities} tickets</source>
            <translation>ביקורים אצל הלקוח זמינים לקריאות בדרגת חומרה {severities}</translation>
        </message>
        <message>
            <source>every ticket has a known price</source>
            <translation>לכל קריאה יש מחיר ידוע</translation>
        </message>
        <message>
            <source>at most {share} of tickets without a known price</source>
            <translation>לכל היותר {share} מהקריאות ללא מחיר ידוע</translation>
        </message>
        <message>
            <source>yearly cost ({percentile}) at most {currency} {amount}</source>
            <translation>עלות שנתית ({percentile}) עד {currency} {amount}</translation>
        </message>
        <message>
            <source>Default criteria</source>
            <translation>קריטריוני ברירת המחדל</translation>
        </message>
        <message>
            <source>yearly cost {share}</source>
            <translation>עלות שנתית {share}</translation>
        </message>
        <message>
            <source>speed {share}</source>
            <translation>מהירות {share}</translation>
        </message>
        <message>
            <source>coverage {share}</source>
            <translation>כיסוי {share}</translation>
        </message>
        <message>
            <source>; must-haves: {knockouts}</source>
            <translation>; תנאי סף: {knockouts}</translation>
        </message>
        <message>
            <source>No plans are compared.</source>
            <translation>אין מסלולים בהשוואה.</translation>
        </message>
        <message>
            <source>No plan meets every must-have; the closest is {plan} ({failed}).</source>
            <translation>אף מסלול אינו עומד בכל תנאי הסף; הקרוב ביותר הוא {plan} ({failed}).</translation>
        </message>
        <message>
            <source>an expected year</source>
            <translation>שנה צפויה</translation>
        </message>
        <message>
            <source>a {stat} year</source>
            <translation>שנת {stat}</translation>
        </message>
        <message>
            <source>{plan} wins with {score} points</source>
            <translation>{plan} מנצח עם {score} נקודות</translation>
        </message>
        <message>
            <source>{head}: it is the only plan compared ({money} in {year}).</source>
            <translation>{head}: זהו המסלול היחיד בהשוואה ({money} ב{year}).</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}</source>
            <translation>עלותו {money} ב{year} לעומת {theirs}</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}, tickets without a price loaded</source>
            <translation>עלותו {money} ב{year} לעומת {theirs}, כשקריאות ללא מחיר מועמסות</translation>
        </message>
        <message>
            <source>it prices {mine} of tickets against {theirs}</source>
            <translation>הוא מתמחר {mine} מהקריאות לעומת {theirs}</translation>
        </message>
        <message>
            <source>; but {share} of its tickets have no known price</source>
            <translation>; אך ל-{share} מהקריאות שלו אין מחיר ידוע</translation>
        </message>
        <message>
            <source>{head}, {margin} ahead of {runner}: {reason}{tail}.</source>
            <translation>{head}, {margin} נקודות לפני {runner}: {reason}{tail}.</translation>
        </message>
        <message>
            <source>{label}: {mine} h, where the runner-up's terms state none</source>
            <translation>{label}: {mine} שע׳, בעוד שבתנאי המסלול במקום השני לא צוין זמן</translation>
        </message>
        <message>
            <source>{label}: {mine} h against {theirs} h</source>
            <translation>{label}: {mine} שע׳ לעומת {theirs} שע׳</translation>
        </message>
        <message>
            <source>it is faster ({measures})</source>
            <translation>הוא מהיר יותר ({measures})</translation>
        </message>
        <message>
            <source>it scores higher on speed</source>
            <translation>הוא מקבל ציון גבוה יותר במהירות</translation>
        </message>
        <message>
            <source>No change was tried.</source>
            <translation>לא נבדק אף שינוי.</translation>
        </message>
        <message>
            <source>The winner holds under all {count} changes tried.</source>
            <translation>המנצח נשאר זהה בכל {count} השינויים שנבדקו.</translation>
        </message>
        <message>
            <source>no winner</source>
            <translation>אין מנצח</translation>
        </message>
        <message>
            <source>{what} (→ {winner})</source>
            <translation>{what} (← {winner})</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> ועוד {count}</translation>
        </message>
        <message>
            <source>The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.</source>
            <translation>המנצח נשאר זהה ב-{held} מתוך {count} השינויים שנבדקו; הוא מתחלף בשינויים: {shown}{more}.</translation>
        </message>
        <message>
            <source>the terms state no time</source>
            <translation>בתנאים לא צוין זמן</translation>
        </message>
        <message>
            <source>{share} of tickets without a known price</source>
            <translation>{share} מהקריאות ללא מחיר ידוע</translation>
        </message>
        <message>
            <source>{reason} ({causes})</source>
            <translation>{reason} ({causes})</translation>
        </message>
        <message>
            <source>{amount}</source>
            <translation>{amount}</translation>
        </message>
        <message>
            <source>{amount} (known part only)</source>
            <translation>{amount} (החלק הידוע בלבד)</translation>
        </message>
        <message>
            <source>{amount} a year</source>
            <translation>{amount} לשנה</translation>
        </message>
        <message>
            <source>{known} known + {load} loaded for {count} tickets a year without a price</source>
            <translation>{known} ידוע + {load} העמסה עבור {count} קריאות בשנה ללא מחיר</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis})</source>
            <translation>100 × העלות הנמוכה ביותר / העלות השנתית של מסלול זה ({statistic}, {basis})</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices loaded at the highest usage cost per ticket of the plans</source>
            <translation>100 × העלות הנמוכה ביותר / העלות השנתית של מסלול זה ({statistic}, {basis}); מחירים לא ידועים מועמסים לפי עלות השימוש הגבוהה ביותר לקריאה מבין המסלולים</translation>
        </message>
        <message>
            <source>net</source>
            <translation>לפני מע״מ</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>כולל מע״מ</translation>
        </message>
        <message>
            <source>{measure}: not stated</source>
            <translation>{measure}: לא צוין</translation>
        </message>
        <message>
            <source>{measure}: {hours} h</source>
            <translation>{measure}: {hours} שע׳</translation>
        </message>
        <message>
            <source>100 × fastest / this plan's, per measure (a time not stated scores 0)</source>
            <translation>100 × הזמן המהיר ביותר / הזמן של מסלול זה, לכל מדד (זמן שלא צוין מקבל 0)</translation>
        </message>
        <message>
            <source>{before}; {after}</source>
            <translation>{before}; {after}</translation>
        </message>
        <message>
            <source>{share} of tickets at a known price</source>
            <translation>{share} מהקריאות במחיר ידוע</translation>
        </message>
        <message>
            <source>{covered}; refused: {causes}</source>
            <translation>{covered}; נדחו: {causes}</translation>
        </message>
        <message>
            <source>100 × share of tickets covered at a known price</source>
            <translation>100 × שיעור הקריאות המכוסות במחיר ידוע</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Vendor · plan</source>
            <translation>ספק · מסלול</translation>
        </message>
        <message>
            <source>Yearly cost</source>
            <translation>עלות שנתית</translation>
        </message>
        <message>
            <source>Fee / year</source>
            <translation>דמי מנוי לשנה</translation>
        </message>
        <message>
            <source>Usage / year</source>
            <translation>עלות שימוש לשנה</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Priced</source>
            <translation>מתומחרות</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ציון</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>מהירות</translation>
        </message>
        <message>
            <source>Must-haves</source>
            <translation>תנאי סף</translation>
        </message>
        <message>
            <source>{known} + {share} unpriced</source>
            <translation>{known} + {share} ללא מחיר</translation>
        </message>
        <message>
            <source>{detail}. Ranked on {loaded} loaded.</source>
            <translation>{detail}. דורג לפי {loaded} כולל העמסה.</translation>
        </message>
        <message>
            <source>yearly cost</source>
            <translation>עלות שנתית</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>מהירות</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>כיסוי</translation>
        </message>
        <message>
            <source>{part}: {points} points × {weight} ({value}; {basis})</source>
            <translation>{part}: {points} נקודות × {weight} ({value}; {basis})</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>לא הוגדרו</translation>
        </message>
        <message>
            <source>all met</source>
            <translation>עומד בכולם</translation>
        </message>
        <message>
            <source>fails: {failed}</source>
            <translation>לא עומד ב: {failed}</translation>
        </message>
        <message>
            <source>needs a parameter</source>
            <translation>נדרש פרמטר</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <translation>{low} עד {high}</translation>
        </message>
        <message>
            <source>The 10th and 90th percentile of the simulated years</source>
            <translation>אחוזון 10 ואחוזון 90 של השנים בהדמיה</translation>
        </message>
        <message>
            <source>expected (mean)</source>
            <translation>הערך הצפוי (ממוצע)</translation>
        </message>
        <message>
            <source>Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of {years} simulated years, {basis}, in {currency} at the rates of {date}.</source>
            <translation>עלות שנתית: דמי המנוי ועוד עלות השימוש לפי הפרופיל "{profile}", {statistic} של {years} שנים בהדמיה, {basis}, ב-{currency} לפי שערים נכון ל-{date}.</translation>
        </message>
        <message>
            <source>A plan with tickets it refuses or does not price shows the known part; it is ranked on the cost with those tickets loaded at {rate} each (the highest usage cost per priced ticket among the plans).</source>
            <translation>מסלול שדוחה קריאות או אינו מתמחר אותן מציג את החלק הידוע; הוא מדורג לפי העלות כשכל אחת מהקריאות האלה מועמסת ב-{rate} (עלות השימוש הגבוהה ביותר לקריאה מתומחרת מבין המסלולים).</translation>
        </message>
        <message>
            <source>Score: {criteria}.</source>
            <translation>ציון: {criteria}.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>דירוג</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>מה משתנה</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>ערך שנבדק</translation>
        </message>
        <message>
            <source>Winner then</source>
            <translation>המנצח במקרה זה</translation>
        </message>
        <message>
            <source>Largest yearly change</source>
            <translation>השינוי השנתי הגדול ביותר</translation>
        </message>
        <message>
            <source>Where it flips</source>
            <translation>היכן המנצח מתחלף</translation>
        </message>
        <message>
            <source>{winner} (flips)</source>
            <translation>{winner} (החלפת מנצח)</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>ללא שינוי</translation>
        </message>
        <message>
            <source>{flips} of {count} changes flip the winner; {held} leave it in place.</source>
            <translation>{flips} מתוך {count} השינויים מחליפים את המנצח; {held} משאירים אותו במקומו.</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>מה ישנה את המנצח</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>מול</translation>
        </message>
        <message>
            <source>Break-even tickets / month</source>
            <translation>קריאות בחודש בנקודת האיזון</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>משמעות</translation>
        </message>
        <message>
            <source>none in range</source>
            <translation>אין בטווח</translation>
        </message>
        <message>
            <source> (known prices, loaded)</source>
            <translation> (מחירים ידועים, כולל העמסה)</translation>
        </message>
        <message>
            <source>The profile has {count} tickets a month; the winner's yearly cost equals the rival's at the volume shown.</source>
            <translation>בפרופיל {count} קריאות בחודש; העלות השנתית של המנצח שווה לזו של המתחרה בנפח המוצג.</translation>
        </message>
        <message>
            <source>Break-even volumes of {plan}</source>
            <translation>נפחי נקודת האיזון של {plan}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>לא צוין</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>הנחה</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>פרשנות</translation>
        </message>
        <message>
            <source>not supplied</source>
            <translation>לא סופק</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ספק</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>סעיף</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>מצב נוכחי</translation>
        </message>
        <message>
            <source>We assume</source>
            <translation>ההנחה שלנו</translation>
        </message>
        <message>
            <source>Question to send</source>
            <translation>שאלה לשליחה</translation>
        </message>
        <message>
            <source>Could move</source>
            <translation>השפעה אפשרית</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>שאלות לכל ספק</translation>
        </message>
        <message>
            <source>{statistic} yearly cost, {basis}, in {currency}</source>
            <translation>עלות שנתית {statistic}, {basis}, ב-{currency}</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>צפויה</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>תרחישים × מסלולים</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>תרחיש</translation>
        </message>
        <message>
            <source>start not stated</source>
            <translation>תחילת טיפול: לא צוין</translation>
        </message>
        <message>
            <source>{start} · {cost}</source>
            <translation>{start} · {cost}</translation>
        </message>
        <message>
            <source>Work start: {start}
Cost: {cost}</source>
            <translation>תחילת טיפול: {start}
עלות: {cost}</translation>
        </message>
        <message>
            <source>Scenarios × plans: work start · cost</source>
            <translation>תרחישים × מסלולים: תחילת טיפול · עלות</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>מסלול</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>חציון</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>דמי מנוי</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>עלות שימוש</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>חריגה</translation>
        </message>
        <message>
            <source>Not covered a year</source>
            <translation>לא מכוסות בשנה</translation>
        </message>
        <message>
            <source>No price a year</source>
            <translation>ללא מחיר בשנה</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>תגובה</translation>
        </message>
        <message>
            <source>Work start</source>
            <translation>תחילת טיפול</translation>
        </message>
        <message>
            <source>{median} / {p90}</source>
            <translation>{median} / {p90}</translation>
        </message>
        <message>
            <source>needs parameter {name}</source>
            <translation>נדרש הפרמטר {name}</translation>
        </message>
        <message>
            <source>{count} ({share})</source>
            <translation>{count} ({share})</translation>
        </message>
        <message>
            <source>{count} (incomplete)</source>
            <translation>{count} (חלקי)</translation>
        </message>
        <message>
            <source>A year of support</source>
            <translation>שנת תמיכה</translation>
        </message>
        <message>
            <source>Reported on the vendor's clock</source>
            <translation>מועד הדיווח לפי שעון הספק</translation>
        </message>
        <message>
            <source>Not stated in the terms</source>
            <translation>לא צוין בתנאים</translation>
        </message>
        <message>
            <source>The terms say nothing about after-hours work; no surcharge is assumed</source>
            <translation>התנאים אינם מתייחסים לעבודה מחוץ לשעות העבודה; לא הונחה תוספת תשלום</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>דמי מנוי קבועים</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>לא מכוסה</translation>
        </message>
        <message>
            <source>Priced by quote</source>
            <translation>לפי הצעת מחיר</translation>
        </message>
        <message>
            <source>On-site visit</source>
            <translation>ביקור אצל הלקוח</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>התאמות</translation>
        </message>
        <message>
            <source>Package hours</source>
            <translation>בנק שעות</translation>
        </message>
        <message>
            <source>Monthly hour cap</source>
            <translation>תקרת שעות חודשית</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>עבודה</translation>
        </message>
        <message>
            <source>no on-site visits in this plan</source>
            <translation>המסלול אינו כולל ביקורים אצל הלקוח</translation>
        </message>
        <message>
            <source>the terms do not price this; ask the vendor</source>
            <translation>התנאים אינם מתמחרים זאת; יש לברר מול הספק</translation>
        </message>
        <message>
            <source>included</source>
            <translation>כלול</translation>
        </message>
        <message>
            <source>the terms give no price</source>
            <translation>בתנאים לא צוין מחיר</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>לפי הצעת מחיר</translation>
        </message>
        <message>
            <source>not debited</source>
            <translation>לא נוכה משעות השירות</translation>
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation>{label}: {reason}</translation>
        </message>
        <message>
            <source>Status {status}</source>
            <translation>מצב: {status}</translation>
        </message>
        <message>
            <source>The vendor writes its clock as {written}; read as {zone}</source>
            <translation>הספק מציין את השעון שלו כ-{written}; פורש כאזור הזמן {zone}</translation>
        </message>
        <message>
            <source>Office hours: the plan's own</source>
            <translation>שעות פעילות: של המסלול עצמו</translation>
        </message>
        <message>
            <source>Office hours: the vendor's</source>
            <translation>שעות פעילות: של הספק</translation>
        </message>
        <message>
            <source>Holidays: {country} ({kinds}), {library}</source>
            <translation>חגים: {country} ({kinds}), {library}</translation>
        </message>
        <message>
            <source>Holidays: {words}</source>
            <translation>חגים: {words}</translation>
        </message>
        <message>
            <source>Handled as {becomes}, not {severity}: {reason}</source>
            <translation>מטופלת בדרגת חומרה {becomes} ולא {severity}: {reason}</translation>
        </message>
        <message>
            <source>on-site visits only for {severities} requests</source>
            <translation>ביקורים אצל הלקוח רק לפניות בדרגת חומרה {severities}</translation>
        </message>
        <message>
            <source>Uses one of {visits} on-site visits a year</source>
            <translation>ניצול ביקור אחד מתוך {visits} ביקורים אצל הלקוח בשנה</translation>
        </message>
        <message>
            <source>needs {effort} of customisation; the plan includes {included} a year</source>
            <translation>נדרשות {effort} של עבודת התאמה; המסלול כולל {included} בשנה</translation>
        </message>
        <message>
            <source>Uses {effort} of {included} customisation a year</source>
            <translation>ניצול {effort} מתוך מכסת ההתאמות השנתית ({included})</translation>
        </message>
        <message>
            <source>needs {consumed}; the package holds {hours}</source>
            <translation>נדרשות {consumed}; בבנק השעות יש {hours}</translation>
        </message>
        <message>
            <source>Hours consumed from the package</source>
            <translation>שעות שנוצלו מבנק השעות</translation>
        </message>
        <message>
            <source>needs {consumed}; at most {cap} may be used in a month</source>
            <translation>נדרשות {consumed}; ניתן לנצל לכל היותר {cap} בחודש</translation>
        </message>
        <message>
            <source>At least {hours} are consumed every month, used or not</source>
            <translation>בכל חודש מנוכות מהבנק לפחות {hours}, בין שנוצלו בפועל ובין שלא</translation>
        </message>
        <message>
            <source>Requests per month: {limit}</source>
            <translation>פניות בחודש: {limit}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>ללא הגבלה</translation>
        </message>
        <message>
            <source>parameter {name} has no value; supply it to see this price</source>
            <translation>לפרמטר {name} אין ערך; יש להזין ערך כדי לראות מחיר זה</translation>
        </message>
        <message>
            <source>{hours} × {rate} per {minutes} min</source>
            <translation>{hours} × {rate} לכל {minutes} דק׳</translation>
        </message>
        <message>
            <source>{worked} worked, billed as {billed}</source>
            <translation>{worked} עבודה בפועל, חויבו כ-{billed}</translation>
        </message>
        <message>
            <source>{how}; minimum charge {amount}</source>
            <translation>{how}; חיוב מינימום {amount}</translation>
        </message>
        <message>
            <source>{hours} from the package × {rate}</source>
            <translation>{hours} מבנק השעות × {rate}</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours</source>
            <translation>{debited} נוכו משעות השירות הכלולות ({included})</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours; {left} left</source>
            <translation>{debited} נוכו משעות השירות הכלולות ({included}); נותרו {left}</translation>
        </message>
        <message>
            <source>{debit}; {hours} beyond them × {rate}</source>
            <translation>{debit}; {hours} מעבר להן × {rate}</translation>
        </message>
        <message>
            <source>Fees a year: {basis}</source>
            <translation>דמי מנוי לשנה: {basis}</translation>
        </message>
        <message>
            <source>{basis} a month</source>
            <translation>{basis} לחודש</translation>
        </message>
        <message>
            <source>{basis} a year</source>
            <translation>{basis} לשנה</translation>
        </message>
        <message>
            <source>{fees} + {fee}</source>
            <translation>{fees} + {fee}</translation>
        </message>
        <message>
            <source>Plan fee: parameter {parameter} has no value; supply it to see the fee</source>
            <translation>דמי מנוי למסלול: לפרמטר {parameter} אין ערך; יש להזין ערך כדי לראות את דמי המנוי</translation>
        </message>
        <message>
            <source>{percent} % of {parameter}</source>
            <translation>{percent}% מתוך {parameter}</translation>
        </message>
        <message>
            <source>{multiple} × {parameter}</source>
            <translation>{multiple} × {parameter}</translation>
        </message>
        <message>
            <source>{amount} per {unit} × {parameter}</source>
            <translation>{amount} לכל {unit} × {parameter}</translation>
        </message>
        <message>
            <source>Yearly fee</source>
            <translation>דמי מנוי שנתיים</translation>
        </message>
        <message>
            <source>Monthly fee</source>
            <translation>דמי מנוי חודשיים</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a year</source>
            <translation>דמי מנוי, % מתוך {parameter} לשנה</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a month</source>
            <translation>דמי מנוי, % מתוך {parameter} לחודש</translation>
        </message>
        <message>
            <source>{label} (rate per hour)</source>
            <translation>{label} (תעריף לשעה)</translation>
        </message>
        <message>
            <source>{label} (rate per {minutes} minutes)</source>
            <translation>{label} (תעריף לכל {minutes} דקות)</translation>
        </message>
        <message>
            <source>{label} (per hour beyond the included hours)</source>
            <translation>{label} (לשעה מעבר לשעות הכלולות)</translation>
        </message>
        <message>
            <source>Included service hours ({parameter})</source>
            <translation>שעות שירות כלולות ({parameter})</translation>
        </message>
        <message>
            <source>{label} ({conditions})</source>
            <translation>{label} ({conditions})</translation>
        </message>
        <message>
            <source>Response in clock hours</source>
            <translation>תגובה בשעות רצופות</translation>
        </message>
        <message>
            <source>Response in business hours</source>
            <translation>תגובה בשעות עבודה</translation>
        </message>
        <message>
            <source>Work start in clock hours</source>
            <translation>תחילת טיפול בשעות רצופות</translation>
        </message>
        <message>
            <source>Work start in business hours</source>
            <translation>תחילת טיפול בשעות עבודה</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>הזול ביותר</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>המהיר ביותר</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>המנצח</translation>
        </message>
        <message>
            <source>cannot become the cheapest by this figure alone</source>
            <translation>לא יהפוך לזול ביותר באמצעות נתון זה בלבד</translation>
        </message>
        <message>
            <source>cannot become the fastest by this figure alone</source>
            <translation>לא יהפוך למהיר ביותר באמצעות נתון זה בלבד</translation>
        </message>
        <message>
            <source>cannot become the winner by this figure alone</source>
            <translation>לא יהפוך למנצח באמצעות נתון זה בלבד</translation>
        </message>
        <message>
            <source>already the cheapest, whatever this figure</source>
            <translation>כבר הזול ביותר, יהא ערך הנתון אשר יהא</translation>
        </message>
        <message>
            <source>already the fastest, whatever this figure</source>
            <translation>כבר המהיר ביותר, יהא ערך הנתון אשר יהא</translation>
        </message>
        <message>
            <source>already the winner, whatever this figure</source>
            <translation>כבר המנצח, יהא ערך הנתון אשר יהא</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or less</source>
            <translation>כבר הזול ביותר; נשאר כך ב-{value} או פחות</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or more</source>
            <translation>כבר הזול ביותר; נשאר כך ב-{value} או יותר</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or less</source>
            <translation>כבר המהיר ביותר; נשאר כך ב-{value} או פחות</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or more</source>
            <translation>כבר המהיר ביותר; נשאר כך ב-{value} או יותר</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or less</source>
            <translation>כבר המנצח; נשאר כך ב-{value} או פחות</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or more</source>
            <translation>כבר המנצח; נשאר כך ב-{value} או יותר</translation>
        </message>
        <message>
            <source>the cheapest at {value} or less (now {current})</source>
            <translation>הזול ביותר ב-{value} או פחות (כעת {current})</translation>
        </message>
        <message>
            <source>the cheapest at {value} or more (now {current})</source>
            <translation>הזול ביותר ב-{value} או יותר (כעת {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or less (now {current})</source>
            <translation>המהיר ביותר ב-{value} או פחות (כעת {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or more (now {current})</source>
            <translation>המהיר ביותר ב-{value} או יותר (כעת {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or less (now {current})</source>
            <translation>המנצח ב-{value} או פחות (כעת {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or more (now {current})</source>
            <translation>המנצח ב-{value} או יותר (כעת {current})</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points.</source>
            <translation>{plan}: מקום {rank} מתוך {count}, {score} נקודות.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: it wins, {gap} ahead of {other}.</source>
            <translation>{plan}: מקום {rank} מתוך {count}, {score} נקודות: מנצח, {gap} נקודות לפני {other}.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: {gap} behind the winner, {other}.</source>
            <translation>{plan}: מקום {rank} מתוך {count}, {score} נקודות: {gap} נקודות אחרי המנצח, {other}.</translation>
        </message>
        <message>
            <source>Clause {clause}</source>
            <translation>סעיף {clause}</translation>
        </message>
        <message>
            <source>Your terms</source>
            <translation>התנאים שלכם</translation>
        </message>
        <message>
            <source>{clause}: “{label}” is priced by quote. What would a typical request of this kind cost, and how soon is the quote given?</source>
            <translation>{clause}: "{label}" מתומחר לפי הצעת מחיר. כמה תעלה פנייה טיפוסית מסוג זה, ותוך כמה זמן ניתנת הצעת המחיר?</translation>
        </message>
        <message>
            <source>{clause}: the terms mention “{label}” but give no price. What do you charge (rate, billing increment, minimum charge)?</source>
            <translation>{clause}: התנאים מזכירים את "{label}" אך אינם מציינים מחיר. כמה אתם גובים (תעריף, יחידת חיוב, חיוב מינימום)?</translation>
        </message>
        <message>
            <source>{clause}: the terms do not say this; we assumed: {reading} Is that right, and if not, what applies?</source>
            <translation>{clause}: התנאים אינם מתייחסים לכך; הנחנו: {reading} האם זה נכון, ואם לא, מה חל?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Or do they mean: {other} Which reading applies?</source>
            <translation>{clause}: לפי הפרשנות שלנו לתנאים: {reading} או שמא הכוונה היא: {other} איזו פרשנות חלה?</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Which reading applies?</source>
            <translation>{clause}: לפי הפרשנות שלנו לתנאים: {reading} איזו פרשנות חלה?</translation>
        </message>
        <message>
            <source>unknown: about {count} tickets a year of this plan have no price</source>
            <translation>לא ידוע: אין מחיר לכ-{count} קריאות בשנה במסלול זה</translation>
        </message>
        <message>
            <source>not measured (no alternative reading is given in the contract file)</source>
            <translation>לא נמדד (בקובץ החוזה לא מוגדרת פרשנות חלופית)</translation>
        </message>
        <message>
            <source>no effect on yearly costs (times may change)</source>
            <translation>אין השפעה על העלויות השנתיות (הזמנים עשויים להשתנות)</translation>
        </message>
        <message>
            <source>moves a yearly cost by up to {amount}</source>
            <translation>משנה עלות שנתית בעד {amount}</translation>
        </message>
        <message>
            <source>{effect}; changes the winner to {plans}</source>
            <translation>{effect}; מחליף את המנצח ל-{plans}</translation>
        </message>
        <message>
            <source>no measurable effect</source>
            <translation>אין השפעה מדידה</translation>
        </message>
        <message>
            <source>no value: the prices that need it show as not stated</source>
            <translation>אין ערך: המחירים שתלויים בו מוצגים כ"לא צוין"</translation>
        </message>
        <message>
            <source>unknown: the plan cannot be priced without it</source>
            <translation>לא ידוע: אי אפשר לתמחר את המסלול בלעדיו</translation>
        </message>
        <message>
            <source>{value} {unit} (the contract file's default)</source>
            <translation>{value} {unit} (ברירת המחדל בקובץ החוזה)</translation>
        </message>
        <message>
            <source>{description} What is the figure for us?</source>
            <translation>{description} מה הנתון במקרה שלנו?</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>מכוסה</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>לא מכוסה</translation>
        </message>
        <message>
            <source>quote required</source>
            <translation>נדרשת הצעת מחיר</translation>
        </message>
        <message>
            <source>always</source>
            <translation>תמיד</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <source>severity {severities}</source>
            <translation>דרגת חומרה {severities}</translation>
        </message>
        <message>
            <source>cause: {causes}</source>
            <translation>סיבה: {causes}</translation>
        </message>
        <message>
            <source>reported in office hours</source>
            <translation>דווחה בשעות הפעילות</translation>
        </message>
        <message>
            <source>reported outside office hours</source>
            <translation>דווחה מחוץ לשעות הפעילות</translation>
        </message>
        <message>
            <source>reported on a business day by {time}</source>
            <translation>דווחה ביום עבודה עד {time}</translation>
        </message>
        <message>
            <source>the fault is at most {hours} old</source>
            <translation>התקלה קיימת לכל היותר {hours}</translation>
        </message>
        <message>
            <source>the fault is over {hours} old</source>
            <translation>התקלה קיימת יותר מ-{hours}</translation>
        </message>
        <message>
            <source>vendor work at most {hours}</source>
            <translation>היקף עבודת הספק עד {hours}</translation>
        </message>
        <message>
            <source>vendor work over {hours}</source>
            <translation>היקף עבודת הספק מעל {hours}</translation>
        </message>
        <message>
            <source>work asked for outside office hours</source>
            <translation>התבקשה עבודה מחוץ לשעות הפעילות</translation>
        </message>
        <message>
            <source>work in office hours</source>
            <translation>עבודה בשעות הפעילות</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>אצל הלקוח</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>מרחוק</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>התיקון נכנס בגרסה חדשה</translation>
        </message>
        <message>
            <source>no release needed</source>
            <translation>לא נדרשת העלאת גרסה</translation>
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <source>below about {value}</source>
            <translation>מתחת לכ-{value}</translation>
        </message>
        <message>
            <source>above about {value}</source>
            <translation>מעל כ-{value}</translation>
        </message>
        <message>
            <source>{tried} ({sign}{change} of {value})</source>
            <translation>{tried} ({sign}{change} מ-{value})</translation>
        </message>
        <message>
            <source>exchange rate of {currency}</source>
            <translation>שער החליפין של {currency}</translation>
        </message>
        <message>
            <source>{currency} {change} weaker against {other}</source>
            <translation>{currency} חלש ב-{change} מול {other}</translation>
        </message>
        <message>
            <source>{currency} {change} stronger against {other}</source>
            <translation>{currency} חזק ב-{change} מול {other}</translation>
        </message>
        <message>
            <source>ticket volume</source>
            <translation>נפח קריאות</translation>
        </message>
        <message>
            <source>{count} tickets a month ({factor}× the profile)</source>
            <translation>{count} קריאות בחודש (פי {factor} מהפרופיל)</translation>
        </message>
        <message>
            <source>equal yearly cost at about {count} tickets a month</source>
            <translation>עלות שנתית שווה בכ-{count} קריאות בחודש</translation>
        </message>
        <message>
            <source>cheaper at every volume from {low} to {high} tickets a month</source>
            <translation>זול יותר בכל נפח מ-{low} עד {high} קריאות בחודש</translation>
        </message>
        <message>
            <source>dearer at every volume from {low} to {high} tickets a month</source>
            <translation>יקר יותר בכל נפח מ-{low} עד {high} קריאות בחודש</translation>
        </message>
        <message>
            <source>The terms say nothing about this.</source>
            <translation>התנאים אינם מתייחסים לכך.</translation>
        </message>
        <message>
            <source>{when} ({after}, {kind})</source>
            <translation>{when} ({after}, {kind})</translation>
        </message>
        <message>
            <source>{when} ({after})</source>
            <translation>{when} ({after})</translation>
        </message>
        <message>
            <source> (clause {clause})</source>
            <translation> (סעיף {clause})</translation>
        </message>
        <message>
            <source>by quote</source>
            <translation>לפי הצעת מחיר</translation>
        </message>
        <message>
            <source>{known} + {reason}</source>
            <translation>{known} + {reason}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>ללא מחיר</translation>
        </message>
        <message>
            <source>{currency} {basis}</source>
            <translation>{currency} {basis}</translation>
        </message>
        <message>
            <source>Fee/yr {currency}</source>
            <translation>דמי מנוי לשנה {currency}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>מצב</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>סיום טיפול</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>העלאת גרסה</translation>
        </message>
        <message>
            <source>Cost ({basis}, vendor's currency)</source>
            <translation>עלות ({basis}, מטבע הספק)</translation>
        </message>
        <message>
            <source>Plan fee</source>
            <translation>דמי מנוי למסלול</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>כולל מע״מ</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>לפני מע״מ</translation>
        </message>
        <message>
            <source>Times are each vendor's local time, with the time after the report; kinds other than a commitment are named (average, goal, estimate).</source>
            <translation>הזמנים מוצגים לפי השעה המקומית של כל ספק, עם הזמן שחלף מהדיווח; סוגי תוצאה שאינם התחייבות מסומנים בשמם (ממוצע, יעד, הערכה).</translation>
        </message>
        <message>
            <source>Amounts are {basis}.</source>
            <translation>הסכומים {basis}.</translation>
        </message>
        <message>
            <source>Converted to {currency} at the rates of {date} (base {base}).</source>
            <translation>הסכומים הומרו ל-{currency} לפי שערים נכון ל-{date} (בסיס {base}).</translation>
        </message>
        <message>
            <source>{vendor}, plan {plan}</source>
            <translation>{vendor}, מסלול {plan}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <source>{amount} / year</source>
            <translation>{amount} לשנה</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>קריטית</translation>
        </message>
        <message>
            <source>high</source>
            <translation>גבוהה</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>רגילה</translation>
        </message>
        <message>
            <source>low</source>
            <translation>נמוכה</translation>
        </message>
        <message>
            <source>a fault in the vendor's product</source>
            <translation>תקלה במוצר הספק</translation>
        </message>
        <message>
            <source>caused by the customer</source>
            <translation>נגרמה על ידי הלקוח</translation>
        </message>
        <message>
            <source>no fault</source>
            <translation>אין תקלה</translation>
        </message>
        <message>
            <source>a change request</source>
            <translation>בקשת שינוי</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>התחייבות</translation>
        </message>
        <message>
            <source>average</source>
            <translation>ממוצע</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>יעד</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>הערכה</translation>
        </message>
        <message>
            <source>best effort</source>
            <translation>מאמץ מיטבי</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>יום שני</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>יום שלישי</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>יום רביעי</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>יום חמישי</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>יום שישי</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>שבת</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>יום ראשון</translation>
        </message>
        <message>
            <source>{first}/{second}</source>
            <translation>{first}/{second}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} או {second}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} ימ׳</translation>
        </message>
    </context>
</TS>
