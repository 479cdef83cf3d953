<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
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
        <source>Open &amp;Recent</source>
        <translation>פתיחת קבצים &amp;אחרונים</translation>
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
        <source>Open &amp;Contract…</source>
        <translation>פתיחת &amp;חוזה…</translation>
    </message>
    <message>
        <source>New Con&amp;tract…</source>
        <translation>חוזה &amp;חדש…</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ביצוע מחדש</translation>
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
        <source>Untitled</source>
        <translation>ללא שם</translation>
    </message>
    <message>
        <source>vendor currencies</source>
        <translation>מטבעות הספקים</translation>
    </message>
    <message>
        <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
        <translation>{plans} תוכניות · {scenarios} תרחישים · השוואה ב-{currency} · שערי חליפין מ-{date} (בסיס {base}) · חושב בהדמיה ב-{ms} אלפיות שנייה</translation>
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
        <source>step %v of %m</source>
        <translation>שלב %v מתוך %m</translation>
    </message>
    <message>
        <source>What would flip the winner</source>
        <translation>מה יהפוך את המנצח</translation>
    </message>
    <message>
        <source>Break-even volumes</source>
        <translation>נפחי נקודת האיזון</translation>
    </message>
    <message>
        <source>How sure: flips and break-even</source>
        <translation>עד כמה בטוח: היפוכים ונקודות איזון</translation>
    </message>
    <message>
        <source>Scenarios × plans</source>
        <translation>תרחישים × תוכניות</translation>
    </message>
    <message>
        <source>Questions for each vendor</source>
        <translation>שאלות לכל ספק</translation>
    </message>
</context>
</TS>
