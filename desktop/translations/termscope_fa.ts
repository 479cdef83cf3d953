<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن پرونده‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Open &amp;Contract…</source>
        <translation>باز کردن &amp;قرارداد…</translation>
    </message>
    <message>
        <source>New Con&amp;tract…</source>
        <translation>قرارداد &amp;جدید…</translation>
    </message>
    <message>
        <source>E&amp;dit Contract…</source>
        <translation>&amp;ویرایش قرارداد…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>ذخیره &amp;با نام…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>خروجی به &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>خروجی به &amp;PDF…</translation>
    </message>
    <message>
        <source>Export to PDF (Summar&amp;y)…</source>
        <translation>خروجی به PDF (&amp;خلاصه)…</translation>
    </message>
    <message>
        <source>Export to CS&amp;V…</source>
        <translation>خروجی به CS&amp;V…</translation>
    </message>
    <message>
        <source>Export to &amp;JSON…</source>
        <translation>خروجی به &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;Parameters and Currency…</source>
        <translation>&amp;پارامترها و ارز…</translation>
    </message>
    <message>
        <source>Decision &amp;Criteria…</source>
        <translation>&amp;معیارهای تصمیم‌گیری…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;راهنمای کاربر</translation>
    </message>
    <message>
        <source>&amp;About Termscope</source>
        <translation>&amp;درباره Termscope</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>سناریوها</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>حجم کار</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا؟</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>vendor currencies</source>
        <translation>ارزهای فروشندگان</translation>
    </message>
    <message>
        <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
        <translation>{plans} طرح · {scenarios} سناریو · مقایسه به {currency} · نرخ‌های ارز {date} (پایه {base}) · شبیه‌سازی در {ms} میلی‌ثانیه</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Criteria…</source>
        <translation>معیارها…</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>نمایه…</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>مرحلهٔ %v از %m</translation>
    </message>
    <message>
        <source>What would flip the winner</source>
        <translation>چه چیزی برنده را عوض می‌کند</translation>
    </message>
    <message>
        <source>Break-even volumes</source>
        <translation>حجم‌های نقطهٔ سربه‌سر</translation>
    </message>
    <message>
        <source>How sure: flips and break-even</source>
        <translation>چقدر مطمئن: جابه‌جایی برنده و نقطهٔ سربه‌سر</translation>
    </message>
    <message>
        <source>Scenarios × plans</source>
        <translation>سناریوها × طرح‌ها</translation>
    </message>
    <message>
        <source>Questions for each vendor</source>
        <translation>پرسش‌ها برای هر فروشنده</translation>
    </message>
</context>
</TS>
