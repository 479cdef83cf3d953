<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en_US">
    <context>
        <name>AnnualPanel</name>
        <message>
            <source>Critical tickets a month</source>
            <translation>تیکت‌های بحرانی در ماه</translation>
        </message>
        <message>
            <source>High tickets a month</source>
            <translation>تیکت‌های مهم در ماه</translation>
        </message>
        <message>
            <source>Normal tickets a month</source>
            <translation>تیکت‌های معمولی در ماه</translation>
        </message>
        <message>
            <source>Low tickets a month</source>
            <translation>تیکت‌های کم‌اهمیت در ماه</translation>
        </message>
        <message>
            <source>Share vendor defect</source>
            <translation>سهم ایراد در محصول ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Share customer caused</source>
            <translation>سهم ناشی از مشتری</translation>
        </message>
        <message>
            <source>Share no fault</source>
            <translation>سهم بدون ایراد</translation>
        </message>
        <message>
            <source>Share change request</source>
            <translation>سهم درخواست تغییر</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Reported from (zone)</source>
            <translation>محل گزارش (منطقهٔ زمانی)</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>تعداد تیکت‌ها</translation>
        </message>
        <message>
            <source>Effort, median</source>
            <translation>زمان کار، میانه</translation>
        </message>
        <message>
            <source>Effort, 90th percentile</source>
            <translation>زمان کار، صدک ۹۰</translation>
        </message>
        <message>
            <source>Share reported outside office hours</source>
            <translation>سهم گزارش‌شده خارج از ساعات اداری</translation>
        </message>
        <message>
            <source>Share asking for after-hours work</source>
            <translation>سهم درخواست کار خارج از ساعات اداری</translation>
        </message>
        <message>
            <source>Share needing a release</source>
            <translation>سهم نیازمند انتشار نسخه</translation>
        </message>
        <message>
            <source>On-site visits a year</source>
            <translation>مراجعهٔ حضوری در سال</translation>
        </message>
        <message>
            <source>Hours per visit</source>
            <translation>ساعت به ازای هر مراجعه</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>بذر تصادفی</translation>
        </message>
        <message>
            <source>Workload profile</source>
            <translation>نمایهٔ حجم کار</translation>
        </message>
        <message>
            <source>vary around the mean (Poisson)</source>
            <translation>نوسان حول میانگین (پواسون)</translation>
        </message>
        <message>
            <source>exactly these numbers</source>
            <translation>دقیقاً همین اعداد</translation>
        </message>
        <message>
            <source> simulated years</source>
            <translation> سال شبیه‌سازی‌شده</translation>
        </message>
        <message>
            <source>Open profile…</source>
            <translation>باز کردن نمایه…</translation>
        </message>
        <message>
            <source>Yearly cost range</source>
            <translation>بازهٔ هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>Cost by ticket volume</source>
            <translation>هزینه بر حسب تعداد تیکت</translation>
        </message>
        <message>
            <source>The profile is not valid: {problem}</source>
            <translation>نمایه معتبر نیست: {problem}</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>باز کردن نمایه</translation>
        </message>
        <message>
            <source>Profiles (*.yaml *.yml)</source>
            <translation>نمایه‌ها (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Cannot open the profile: {problem}</source>
            <translation>باز کردن نمایه ممکن نیست: {problem}</translation>
        </message>
        <message>
            <source>Loaded {file}.</source>
            <translation>{file} بارگذاری شد.</translation>
        </message>
        <message>
            <source>Simulating: {what}…</source>
            <translation>در حال شبیه‌سازی: {what}…</translation>
        </message>
        <message>
            <source>The simulation failed: {message}</source>
            <translation>شبیه‌سازی ناموفق بود: {message}</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>در حال شبیه‌سازی نمایه…</translation>
        </message>
        <message>
            <source>Out of date: simulating the edited inputs…</source>
            <translation>نتایج به‌روز نیست: در حال شبیه‌سازی ورودی‌های ویرایش‌شده…</translation>
        </message>
        <message>
            <source>{years} years simulated (seed {seed}), {tickets} tickets a year on average.</source>
            <translation>{years} سال شبیه‌سازی شد (بذر تصادفی {seed})، به‌طور میانگین {tickets} تیکت در سال.</translation>
        </message>
    </context>
    <context>
        <name>CellTableModel</name>
        <message>
            <source>Missing: {missing}</source>
            <translation>موارد ناقص: {missing}</translation>
        </message>
        <message>
            <source>Clauses: {clauses}</source>
            <translation>بندها: {clauses}</translation>
        </message>
    </context>
    <context>
        <name>ComparisonSession</name>
        <message>
            <source>Change the workload profile</source>
            <translation>تغییر نمایهٔ حجم کار</translation>
        </message>
        <message>
            <source>Change the decision criteria</source>
            <translation>تغییر معیارهای تصمیم‌گیری</translation>
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contracts (*.yaml)</source>
            <translation>قراردادها (*.yaml)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Office Hours</source>
            <translation>ساعات اداری</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>تعطیلات</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>بندها</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>طرح‌ها</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>Vendor's Text</source>
            <translation>متن ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Where My Draft Stands</source>
            <translation>جایگاه پیش‌نویس من</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>e.g. K1</source>
            <translation>مثلاً K1</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>منبع</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed</source>
            <translation>یکی از: stated | interpreted | assumed</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>برداشت</translation>
        </message>
        <message>
            <source>how this reads</source>
            <translation>برداشت از این بند</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>شناسه</translation>
        </message>
        <message>
            <source>lower-case id, e.g. acme</source>
            <translation>شناسه با حروف کوچک لاتین، مثلاً acme</translation>
        </message>
        <message>
            <source>Name in its language</source>
            <translation>نام به زبان اصلی</translation>
        </message>
        <message>
            <source>Source document</source>
            <translation>سند منبع</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>زبان</translation>
        </message>
        <message>
            <source>he, no, sv…</source>
            <translation>مثلاً he، no، sv…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <source>ISO 4217, e.g. NOK</source>
            <translation>ISO 4217، مثلاً NOK</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>منطقهٔ زمانی</translation>
        </message>
        <message>
            <source>e.g. Europe/Oslo</source>
            <translation>مثلاً Europe/Oslo</translation>
        </message>
        <message>
            <source>&lt;b&gt;VAT&lt;/b&gt;</source>
            <translation>&lt;b&gt;مالیات بر ارزش افزوده&lt;/b&gt;</translation>
        </message>
        <message>
            <source>0.25 for 25 %</source>
            <translation>0.25 یعنی ۲۵٪</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>نرخ ارزش افزوده</translation>
        </message>
        <message>
            <source>Prices include VAT</source>
            <translation>قیمت‌ها شامل ارزش افزوده است</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true یا false</translation>
        </message>
        <message>
            <source>Office hours per weekday, e.g. 09:00-17:00 (empty: closed)</source>
            <translation>ساعات اداری هر روز هفته، مثلاً 09:00-17:00 (خالی: تعطیل)</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>تعطیل</translation>
        </message>
        <message>
            <source>Business day (hours)</source>
            <translation>روز کاری (ساعت)</translation>
        </message>
        <message>
            <source>the longest day</source>
            <translation>طولانی‌ترین روز</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>کشور</translation>
        </message>
        <message>
            <source>ISO 3166</source>
            <translation>ISO 3166</translation>
        </message>
        <message>
            <source>Kept open</source>
            <translation>باز با وجود تعطیلی</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, YYYY-MM-DD</source>
            <translation>YYYY-MM-DD, YYYY-MM-DD (میلادی)</translation>
        </message>
        <message>
            <source>Added closed days</source>
            <translation>روزهای تعطیل افزوده</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Short days</source>
            <translation>روزهای کاری کوتاه</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>ساعات</translation>
        </message>
        <message>
            <source>Vendor's words</source>
            <translation>عبارت ارائه‌دهنده</translation>
        </message>
        <message>
            <source>English reading</source>
            <translation>برداشت انگلیسی</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>واحد</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>پیش‌فرض</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>توضیح</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;پرونده</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;ذخیره</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>ذخیره با &amp;نام…</translation>
        </message>
        <message>
            <source>Open Vendor's &amp;Text…</source>
            <translation>باز کردن &amp;متن ارائه‌دهنده…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;ویرایش</translation>
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
            <source>Add to {field}</source>
            <translation>افزودن به {field}</translation>
        </message>
        <message>
            <source>Remove {field}</source>
            <translation>حذف {field}</translation>
        </message>
        <message>
            <source>The words are not in the vendor's text.</source>
            <translation>این عبارت در متن ارائه‌دهنده نیست.</translation>
        </message>
        <message>
            <source>The contract validates.</source>
            <translation>قرارداد معتبر است.</translation>
        </message>
        <message>
            <source>{count} problem(s), as `validate` says:</source>
            <translation>{count} مشکل، طبق گزارش `validate`:</translation>
        </message>
        <message>
            <source>Every clause quotes the vendor's text exactly.</source>
            <translation>همهٔ بندها عین متن ارائه‌دهنده را نقل می‌کنند.</translation>
        </message>
        <message>
            <source>Not found word for word in the vendor's text: {clauses}</source>
            <translation>این بندها کلمه‌به‌کلمه در متن ارائه‌دهنده یافت نشدند: {clauses}</translation>
        </message>
        <message>
            <source>Untitled contract</source>
            <translation>قرارداد بی‌نام</translation>
        </message>
        <message>
            <source>Termscope — Contract Editor — {name}[*]</source>
            <translation>Termscope — ویرایشگر قرارداد — {name}[*]</translation>
        </message>
        <message>
            <source>Cannot save the contract</source>
            <translation>ذخیرهٔ قرارداد ممکن نیست</translation>
        </message>
        <message>
            <source>Save Contract</source>
            <translation>ذخیرهٔ قرارداد</translation>
        </message>
        <message>
            <source>New Contract</source>
            <translation>قرارداد جدید</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>منطقهٔ زمانی</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>ایجاد</translation>
        </message>
        <message>
            <source>Edit Contract</source>
            <translation>ویرایش قرارداد</translation>
        </message>
        <message>
            <source>Cannot open the contract</source>
            <translation>باز کردن قرارداد ممکن نیست</translation>
        </message>
        <message>
            <source>When (YAML)</source>
            <translation>شرط (YAML)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>مبدأ</translation>
        </message>
        <message>
            <source>Clock (YAML)</source>
            <translation>شمارش زمان (YAML)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>Work Start</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>رفع مشکل</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>انتشار نسخه</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>دامنهٔ خدمات</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>دلیل</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>سهمیه‌ها</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>درخواست‌ها</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>مراجعه‌ها</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>پارامتر</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>علت‌ها</translation>
        </message>
        <message>
            <source>Severities</source>
            <translation>سطوح اهمیت</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>قیمت‌گذاری</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>شامل</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>نرخ</translation>
        </message>
        <message>
            <source>Per min</source>
            <translation>به ازای (دقیقه)</translation>
        </message>
        <message>
            <source>Increment</source>
            <translation>واحد محاسبه</translation>
        </message>
        <message>
            <source>Min h</source>
            <translation>حداقل ساعت</translation>
        </message>
        <message>
            <source>Min charge</source>
            <translation>حداقل مبلغ</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>نرخ مازاد</translation>
        </message>
        <message>
            <source>Rate parameter</source>
            <translation>پارامتر نرخ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>یادداشت‌ها</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <source>fixed | percent_of_parameter | parameter_multiple (empty: no fee)</source>
            <translation>fixed | percent_of_parameter | parameter_multiple (خالی: بدون حق اشتراک)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>fixed: amount</source>
            <translation>fixed: مبلغ</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>درصد</translation>
        </message>
        <message>
            <source>percent_of_parameter: percent</source>
            <translation>percent_of_parameter: درصد</translation>
        </message>
        <message>
            <source>Multiple</source>
            <translation>ضریب</translation>
        </message>
        <message>
            <source>parameter_multiple: multiple</source>
            <translation>parameter_multiple: ضریب</translation>
        </message>
        <message>
            <source>the parameter it is taken of</source>
            <translation>پارامتری که مبنای محاسبه است</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>دوره</translation>
        </message>
        <message>
            <source>year | month</source>
            <translation>یکی از: year | month</translation>
        </message>
        <message>
            <source>clause id</source>
            <translation>شناسهٔ بند</translation>
        </message>
        <message>
            <source>stated | interpreted | assumed | not_stated</source>
            <translation>یکی از: stated | interpreted | assumed | not_stated</translation>
        </message>
        <message>
            <source>Add Plan</source>
            <translation>افزودن طرح</translation>
        </message>
        <message>
            <source>Remove Plan</source>
            <translation>حذف طرح</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>طرح</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>حق اشتراک</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>YAML نامعتبر</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>ویرایش {field}</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>افزودن</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>{field}: not valid YAML</source>
            <translation>{field}: YAML نامعتبر</translation>
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Decision criteria (*.yaml *.yml);;All files (*)</source>
            <translation>معیارهای تصمیم‌گیری (*.yaml *.yml);;همهٔ پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>expected year (mean)</source>
            <translation>سال مورد انتظار (میانگین)</translation>
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
            <translation>خالص (بدون ارزش افزوده)</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>ناخالص (با ارزش افزوده)</translation>
        </message>
        <message>
            <source>Critical work starts within … h (P90)</source>
            <translation>شروع رسیدگی به تیکت بحرانی ظرف … ساعت (P90)</translation>
        </message>
        <message>
            <source>On-site visits available (critical)</source>
            <translation>امکان مراجعهٔ حضوری (بحرانی)</translation>
        </message>
        <message>
            <source>No ticket without a price (at most … %)</source>
            <translation>هیچ تیکتی بدون قیمت نباشد (حداکثر … ٪)</translation>
        </message>
        <message>
            <source>Yearly cost (P90) at most …</source>
            <translation>هزینهٔ سالانه (P90) حداکثر …</translation>
        </message>
        <message>
            <source>Decision criteria</source>
            <translation>معیارهای تصمیم‌گیری</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Yearly cost compared</source>
            <translation>هزینهٔ سالانهٔ مبنای مقایسه</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>مبالغ</translation>
        </message>
        <message>
            <source>Weight of the yearly cost</source>
            <translation>وزن هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>Weight of speed</source>
            <translation>وزن سرعت</translation>
        </message>
        <message>
            <source>Weight of coverage</source>
            <translation>وزن پوشش</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>افزودن</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Must-haves (a plan that fails one ranks after all that pass)</source>
            <translation>شرایط الزامی (طرحی که یکی از آن‌ها را برآورده نکند، پس از همهٔ طرح‌های موفق رتبه می‌گیرد)</translation>
        </message>
        <message>
            <source>How far the decision is pushed</source>
            <translation>دامنهٔ تحلیل حساسیت</translation>
        </message>
        <message>
            <source>Each exchange rate moved by ±</source>
            <translation>تغییر هر نرخ ارز به میزان ±</translation>
        </message>
        <message>
            <source>Each parameter moved by ±</source>
            <translation>تغییر هر پارامتر به میزان ±</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>باز کردن…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>ذخیره با نام…</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>پیش‌فرض‌ها</translation>
        </message>
        <message>
            <source>Not applied: {error}</source>
            <translation>اعمال نشد: {error}</translation>
        </message>
        <message>
            <source>Open criteria</source>
            <translation>باز کردن معیارها</translation>
        </message>
        <message>
            <source>Save criteria</source>
            <translation>ذخیرهٔ معیارها</translation>
        </message>
        <message>
            <source>Cannot open {name}: {error}</source>
            <translation>باز کردن {name} ممکن نیست: {error}</translation>
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation>{name} باز شد.</translation>
        </message>
        <message>
            <source>Cannot save {path}: {error}</source>
            <translation>ذخیرهٔ {path} ممکن نیست: {error}</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} ذخیره شد.</translation>
        </message>
    </context>
    <context>
        <name>DecisionJob</name>
        <message>
            <source>Yearly costs</source>
            <translation>هزینه‌های سالانه</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>برداشت‌ها</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>پارامترها</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>نرخ‌های ارز</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>حجم‌ها</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>نقطهٔ سربه‌سر</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>انجام شد</translation>
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
            <source>What would flip the winner</source>
            <translation>چه چیزی برنده را عوض می‌کند</translation>
        </message>
        <message>
            <source>Break-even volumes</source>
            <translation>حجم‌های نقطهٔ سربه‌سر</translation>
        </message>
        <message>
            <source>How sure: flips and break-even</source>
            <translation>میزان اطمینان: تغییر برنده و نقطهٔ سربه‌سر</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>سناریوها × طرح‌ها</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>پرسش از هر ارائه‌دهنده</translation>
        </message>
        <message>
            <source>step %v of %m</source>
            <translation>مرحلهٔ %v از %m</translation>
        </message>
        <message>
            <source>Ranking of the plans</source>
            <translation>رتبه‌بندی طرح‌ها</translation>
        </message>
        <message>
            <source>Working out the decision: {years} simulated years of the profile “{profile}”…</source>
            <translation>در حال محاسبهٔ تصمیم: {years} سال شبیه‌سازی‌شده از نمایهٔ «{profile}»…</translation>
        </message>
        <message>
            <source>The ranking appears here when the yearly simulation is done.</source>
            <translation>رتبه‌بندی پس از پایان شبیه‌سازی سالانه اینجا نمایش داده می‌شود.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>تصمیم در حال محاسبه است…</translation>
        </message>
        <message>
            <source>Out of date: your last edit is being worked into the decision. Before it: {headline}</source>
            <translation>به‌روز نیست: آخرین ویرایش شما در حال اعمال در تصمیم است. پیش از آن: {headline}</translation>
        </message>
        <message>
            <source>Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, {years} simulated years · {criteria}</source>
            <translation>رتبه‌بندی بر اساس {basis} · نمایهٔ «{profile}»، {volume} تیکت در ماه، {years} سال شبیه‌سازی‌شده · {criteria}</translation>
        </message>
        <message>
            <source>Working: {step}…</source>
            <translation>در حال انجام: {step}…</translation>
        </message>
        <message>
            <source>The decision cannot be worked out: {message}</source>
            <translation>محاسبهٔ تصمیم ممکن نیست: {message}</translation>
        </message>
    </context>
    <context>
        <name>FrozenColumnTableView</name>
        <message>
            <source>Columns</source>
            <translation>ستون‌ها</translation>
        </message>
        <message>
            <source>Columns shown</source>
            <translation>ستون‌های نمایش‌داده‌شده</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Termscope: a short guide</source>
            <translation>Termscope: راهنمای کوتاه</translation>
        </message>
        <message>
            <source>Termscope reads each vendor's support terms as a model and shows, for one support request at a time, when each vendor would respond, start work, finish and release the fix, and what it would cost. Every figure is traced back to a clause of the vendor's own text.</source>
            <translation>Termscope شرایط پشتیبانی هر ارائه‌دهنده را به‌صورت یک مدل می‌خواند و هر بار برای یک درخواست پشتیبانی نشان می‌دهد که هر ارائه‌دهنده چه زمانی پاسخ می‌دهد، رسیدگی را شروع می‌کند، مشکل را رفع می‌کند و نسخهٔ حاوی اصلاح را منتشر می‌کند، و هزینهٔ آن چقدر است. هر رقم به بندی از متن خود ارائه‌دهنده ارجاع داده می‌شود.</translation>
        </message>
        <message>
            <source>The panels</source>
            <translation>پنل‌ها</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contracts&lt;/b&gt; (left)</source>
            <translation>&lt;b&gt;قراردادها&lt;/b&gt; (سمت راست)</translation>
        </message>
        <message>
            <source>The vendors and their plans. Tick a plan to compare it. Each plan shows its currency, its time zone and how many of its values are &lt;i&gt;assumed&lt;/i&gt; or &lt;i&gt;not stated&lt;/i&gt; by the vendor. &lt;i&gt;File → Open Contract…&lt;/i&gt; (or drop a file on the window) adds a contract.</source>
            <translation>ارائه‌دهندگان و طرح‌های آن‌ها. برای مقایسهٔ یک طرح، آن را علامت بزنید. برای هر طرح، ارز، منطقهٔ زمانی و تعداد مقادیری که &lt;i&gt;فرض‌شده&lt;/i&gt; یا از سوی ارائه‌دهنده &lt;i&gt;ذکرنشده&lt;/i&gt; است نمایش داده می‌شود. با &lt;i&gt;پرونده ← باز کردن قرارداد…&lt;/i&gt; (یا رها کردن یک پرونده روی پنجره) قراردادی افزوده می‌شود.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;تصمیم&lt;/b&gt; (زبانه)</translation>
        </message>
        <message>
            <source>Which offer to take, and why. The headline names the winner, its score and its lead over the runner-up; below it, how sure that is. The ranking lists every plan with its yearly cost under the workload profile (fee plus usage, in the comparison currency), the share of tickets it prices, its score and the must-haves it fails. &lt;i&gt;What would flip the winner&lt;/i&gt; lists the changes tried (other readings of a clause, each parameter, the exchange rates, the volume) and which change the winner; &lt;i&gt;Break-even volumes&lt;/i&gt; says at how many tickets a month a rival becomes cheaper; &lt;i&gt;Questions for each vendor&lt;/i&gt; lists what to ask before signing. &lt;i&gt;Profile…&lt;/i&gt; and &lt;i&gt;Criteria…&lt;/i&gt; (Ctrl+K) change what the decision weighs.</source>
            <translation>کدام پیشنهاد را بپذیرید و چرا. عنوان اصلی، برنده، امتیاز کل آن و فاصله‌اش با رتبهٔ دوم را اعلام می‌کند؛ زیر آن، میزان اطمینان به این نتیجه آمده است. رتبه‌بندی همهٔ طرح‌ها را فهرست می‌کند، هر کدام با هزینهٔ سالانه بر اساس نمایهٔ حجم کار (حق اشتراک به‌علاوهٔ مصرف، به ارز مقایسه)، سهم تیکت‌هایی که قیمتشان را تعیین می‌کند، امتیاز کل و شرایط الزامی‌ای که برآورده نمی‌کند. &lt;i&gt;چه چیزی برنده را عوض می‌کند&lt;/i&gt; تغییرهای آزموده‌شده (برداشت‌های دیگر از یک بند، هر پارامتر، نرخ‌های ارز، حجم) و تغییرهایی را که برنده را عوض می‌کنند فهرست می‌کند؛ &lt;i&gt;حجم‌های نقطهٔ سربه‌سر&lt;/i&gt; نشان می‌دهد از چند تیکت در ماه به بعد یک رقیب ارزان‌تر می‌شود؛ &lt;i&gt;پرسش از هر ارائه‌دهنده&lt;/i&gt; آنچه را باید پیش از امضا پرسید فهرست می‌کند. &lt;i&gt;نمایه…&lt;/i&gt; و &lt;i&gt;معیارها…&lt;/i&gt; (Ctrl+K) آنچه را که در تصمیم سنجیده می‌شود تغییر می‌دهند.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (tab, and the list on the left)</source>
            <translation>&lt;b&gt;سناریوها&lt;/b&gt; (زبانه، و فهرست سمت راست)</translation>
        </message>
        <message>
            <source>The support requests to compare: add, duplicate, rename (double-click), delete and reorder them. The form above the table edits the selected one: when it was reported and in which time zone, severity, cause, effort, hours on site, the issue's age, after-hours work, and whether the fix needs a release. Every edit recomputes the comparison at once.</source>
            <translation>درخواست‌های پشتیبانی برای مقایسه: آن‌ها را بیفزایید، تکثیر کنید، تغییر نام دهید (با دوبار کلیک)، حذف کنید و ترتیبشان را تغییر دهید. فرم بالای جدول، سناریوی انتخاب‌شده را ویرایش می‌کند: زمان گزارش و منطقهٔ زمانی آن، سطح اهمیت، علت، زمان کار، ساعات حضور در محل، مدت وجود مشکل، کار خارج از ساعات اداری، و اینکه آیا رفع مشکل به انتشار نسخه نیاز دارد. هر ویرایش بی‌درنگ مقایسه را دوباره محاسبه می‌کند.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Comparison&lt;/b&gt; (the Scenarios tab's table)</source>
            <translation>&lt;b&gt;مقایسه&lt;/b&gt; (جدول زبانهٔ سناریوها)</translation>
        </message>
        <message>
            <source>One row per plan for the selected scenario. Click a column header to sort.</source>
            <translation>برای سناریوی انتخاب‌شده، هر طرح یک ردیف دارد. برای مرتب‌سازی، روی عنوان یک ستون کلیک کنید.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Why&lt;/b&gt; (bottom right)</source>
            <translation>&lt;b&gt;چرا؟&lt;/b&gt; (پایین، سمت چپ)</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see the rules behind it: the clause, the vendor's own words, an English reading and the values used. Readings that are assumed or interpreted are marked, with a link to change the parameters they depend on.</source>
            <translation>یک سلول از جدول مقایسه را انتخاب کنید تا قواعد پشت آن را ببینید: بند، عین عبارت ارائه‌دهنده، برداشت انگلیسی و مقادیر به‌کاررفته. برداشت‌های فرض‌شده یا تفسیرشده علامت‌گذاری شده‌اند و پیوندی برای تغییر پارامترهایی که به آن‌ها وابسته‌اند دارند.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (bottom left)</source>
            <translation>&lt;b&gt;خط زمانی&lt;/b&gt; (پایین، سمت راست)</translation>
        </message>
        <message>
            <source>One lane per plan from the report to each milestone, with each vendor's office hours shaded, so you see where nights, weekends and holidays stretch a promise.</source>
            <translation>برای هر طرح یک ردیف از زمان گزارش تا هر مرحله، با ساعات اداری هر ارائه‌دهنده به‌صورت سایه‌دار، تا ببینید شب‌ها، آخر هفته‌ها و تعطیلات کجا زمان وعده‌داده‌شده را طولانی‌تر می‌کنند.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Workload&lt;/b&gt; (tab)</source>
            <translation>&lt;b&gt;حجم کار&lt;/b&gt; (زبانه)</translation>
        </message>
        <message>
            <source>Years of tickets drawn from a workload profile, run through every compared plan: the yearly cost range (P10, median, P90), included hours used, tickets not covered, and a break-even chart of cost against tickets a month.</source>
            <translation>سال‌هایی از تیکت‌ها که بر اساس یک نمایهٔ حجم کار شبیه‌سازی و روی همهٔ طرح‌های مقایسه‌شده اجرا می‌شوند: بازهٔ هزینهٔ سالانه (P10، میانه، P90)، ساعات گنجانده‌شدهٔ مصرف‌شده، تیکت‌های خارج از پوشش، و نمودار نقطهٔ سربه‌سر هزینه در برابر تعداد تیکت در ماه.</translation>
        </message>
        <message>
            <source>How to read a result</source>
            <translation>نحوهٔ خواندن یک نتیجه</translation>
        </message>
        <message>
            <source>&lt;b&gt;Response, Work start, Resolution, Release&lt;/b&gt; are shown in the vendor's local time, with the time since the report and a kind: &lt;i&gt;commitment&lt;/i&gt; (promised), &lt;i&gt;average&lt;/i&gt; or &lt;i&gt;goal&lt;/i&gt; (the vendor aims for it), or &lt;i&gt;estimate&lt;/i&gt; (worked out by Termscope, e.g. work start plus the effort in the vendor's working hours). A dash means the terms say nothing.</source>
            <translation>&lt;b&gt;پاسخ، شروع رسیدگی، رفع مشکل، انتشار نسخه&lt;/b&gt; به وقت محلی ارائه‌دهنده نمایش داده می‌شوند، همراه با زمان سپری‌شده از گزارش و یک نوع: &lt;i&gt;تعهد&lt;/i&gt; (وعده داده شده)، &lt;i&gt;میانگین&lt;/i&gt; یا &lt;i&gt;هدف&lt;/i&gt; (ارائه‌دهنده برای رسیدن به آن تلاش می‌کند)، یا &lt;i&gt;برآورد&lt;/i&gt; (محاسبه‌شده توسط Termscope، مثلاً شروع رسیدگی به‌علاوهٔ زمان کار در ساعات کاری ارائه‌دهنده). خط تیره یعنی شرایط قرارداد در این باره چیزی نمی‌گوید.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;covered&lt;/i&gt;; &lt;i&gt;not covered&lt;/i&gt; (the plan refuses part of the request: out of scope, not in this package, quota used up); &lt;i&gt;quote required&lt;/i&gt; (the vendor prices a part by quote).</source>
            <translation>&lt;b&gt;وضعیت&lt;/b&gt;: &lt;i&gt;تحت پوشش&lt;/i&gt;؛ &lt;i&gt;خارج از پوشش&lt;/i&gt; (طرح بخشی از درخواست را رد می‌کند: خارج از دامنهٔ خدمات، خارج از این بسته، سهمیه تمام‌شده)؛ &lt;i&gt;نیاز به پیش‌فاکتور&lt;/i&gt; (ارائه‌دهنده بخشی از کار را طبق پیش‌فاکتور قیمت‌گذاری می‌کند).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Net, Gross&lt;/b&gt; are in the vendor's currency; the next column converts to the comparison currency at the dated exchange rates. A price the vendor does not state is written out as &lt;i&gt;not stated&lt;/i&gt;, never counted as 0.</source>
            <translation>&lt;b&gt;خالص، ناخالص&lt;/b&gt; به ارز ارائه‌دهنده است؛ ستون بعدی آن را با نرخ‌های ارز تاریخ‌دار به ارز مقایسه تبدیل می‌کند. قیمتی که ارائه‌دهنده ذکر نکرده باشد به‌صورت &lt;i&gt;ذکرنشده&lt;/i&gt; نوشته می‌شود و هرگز ۰ حساب نمی‌شود.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan fee&lt;/b&gt; is the yearly or monthly fee of the plan, apart from the cost of the request.</source>
            <translation>&lt;b&gt;حق اشتراک طرح&lt;/b&gt; حق اشتراک سالانه یا ماهانهٔ طرح است، جدا از هزینهٔ درخواست.</translation>
        </message>
        <message>
            <source>The best value of each column is shaded green. Hover over a cell for the cost lines and the clauses behind them.</source>
            <translation>بهترین مقدار هر ستون با رنگ سبز سایه‌دار می‌شود. برای دیدن اقلام هزینه و بندهای پشت آن‌ها، نشانگر را روی یک سلول نگه دارید.</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>کلیدهای میان‌بر</translation>
        </message>
        <message>
            <source>this guide</source>
            <translation>همین راهنما</translation>
        </message>
        <message>
            <source>parameters, comparison currency and exchange rates</source>
            <translation>پارامترها، ارز مقایسه و نرخ‌های ارز</translation>
        </message>
        <message>
            <source>decision criteria</source>
            <translation>معیارهای تصمیم‌گیری</translation>
        </message>
        <message>
            <source>undo / redo</source>
            <translation>واگرد / انجام دوباره</translation>
        </message>
        <message>
            <source>export to Excel / PDF</source>
            <translation>خروجی به Excel / PDF</translation>
        </message>
        <message>
            <source>save, open a comparison</source>
            <translation>ذخیره، باز کردن یک مقایسه</translation>
        </message>
        <message>
            <source>The same engine runs from the command line: &lt;code&gt;termscope --help&lt;/code&gt;.</source>
            <translation>همین موتور از خط فرمان هم اجرا می‌شود: &lt;code&gt;termscope --help&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Termscope guide</source>
            <translation>راهنمای کاربر Termscope</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Hebrew</source>
            <translation>عبری</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>فارسی</translation>
        </message>
        <message>
            <source>Norwegian</source>
            <translation>نروژی</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>سوئدی</translation>
        </message>
        <message>
            <source>English</source>
            <translation>انگلیسی</translation>
        </message>
        <message>
            <source>Contract · plan</source>
            <translation>قرارداد · طرح</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>ارز</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>منطقهٔ زمانی</translation>
        </message>
        <message>
            <source>Assumed / not stated</source>
            <translation>فرض‌شده / ذکرنشده</translation>
        </message>
        <message>
            <source>{stated} stated, {interpreted} interpreted, {assumed} assumed, {not_stated} not stated</source>
            <translation>{stated} ذکرشده، {interpreted} تفسیرشده، {assumed} فرض‌شده، {not_stated} ذکرنشده</translation>
        </message>
        <message>
            <source>Compare {plan}</source>
            <translation>مقایسهٔ {plan}</translation>
        </message>
        <message>
            <source>Stop comparing {plan}</source>
            <translation>توقف مقایسهٔ {plan}</translation>
        </message>
        <message>
            <source>Contracts and plans</source>
            <translation>قراردادها و طرح‌ها</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>کتاب‌های کار Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>اسناد PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>پرونده‌های CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>اسناد JSON (*.json)</translation>
        </message>
        <message>
            <source>Termscope comparisons (*.yaml *.yml);;All files (*)</source>
            <translation>مقایسه‌های Termscope (*.yaml *.yml);;همهٔ پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>Contract files (*.yaml *.yml);;All files (*)</source>
            <translation>پرونده‌های قرارداد (*.yaml *.yml);;همهٔ پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغییرات ذخیره‌نشده</translation>
        </message>
        <message>
            <source>The comparison has unsaved changes. Save them before closing?</source>
            <translation>این مقایسه تغییرات ذخیره‌نشده دارد. آیا می‌خواهید پیش از بستن آن‌ها را ذخیره کنید؟</translation>
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
            <source>&amp;New</source>
            <translation>&amp;جدید</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;باز کردن…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>باز کردن پرونده‌های &amp;اخیر</translation>
        </message>
        <message>
            <source>Open &amp;Contract…</source>
            <translation>باز کردن &amp;قرارداد…</translation>
        </message>
        <message>
            <source>New Con&amp;tract…</source>
            <translation>قرار&amp;داد جدید…</translation>
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
            <translation>ذخیره با &amp;نام…</translation>
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
            <translation>خ&amp;روج</translation>
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
            <translation>&amp;دربارهٔ Termscope</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;واگرد {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;انجام دوباره {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;انجام دوباره</translation>
        </message>
        <message>
            <source>Comparison of the plans for the selected scenario</source>
            <translation>مقایسهٔ طرح‌ها برای سناریوی انتخاب‌شده</translation>
        </message>
        <message>
            <source>vendor currencies</source>
            <translation>ارزهای ارائه‌دهندگان</translation>
        </message>
        <message>
            <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
            <translation>{plans} طرح · {scenarios} سناریو · مقایسه بر حسب {currency} · نرخ‌های ارز {date} (پایه {base}) · شبیه‌سازی در {ms} میلی‌ثانیه</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بی‌نام</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation>ذخیرهٔ مقایسه</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>سناریوی {number}</translation>
        </message>
        <message>
            <source>New comparison</source>
            <translation>مقایسهٔ جدید</translation>
        </message>
        <message>
            <source>Open comparison</source>
            <translation>باز کردن مقایسه</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>{path} باز شد</translation>
        </message>
        <message>
            <source>Cannot open comparison</source>
            <translation>باز کردن مقایسه ممکن نیست</translation>
        </message>
        <message>
            <source>Open contract</source>
            <translation>باز کردن قرارداد</translation>
        </message>
        <message>
            <source>Open contract {contract}</source>
            <translation>باز کردن قرارداد {contract}</translation>
        </message>
        <message>
            <source>Loaded {vendor} from {path}</source>
            <translation>{vendor} از {path} بارگذاری شد</translation>
        </message>
        <message>
            <source>The contract file is not valid</source>
            <translation>پروندهٔ قرارداد معتبر نیست</translation>
        </message>
        <message>
            <source>Cannot save the comparison</source>
            <translation>ذخیرهٔ مقایسه ممکن نیست</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} ذخیره شد</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>خروجی</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>در حال تهیهٔ خروجی {file}…</translation>
        </message>
        <message>
            <source>Exporting to {file}: {step}</source>
            <translation>در حال تهیهٔ خروجی {file}: {step}</translation>
        </message>
        <message>
            <source>Exported {path} without the decision: it is being worked out again for your last edit. Export again when the Decision tab is up to date.</source>
            <translation>خروجی {path} بدون تصمیم تهیه شد: تصمیم برای آخرین ویرایش شما در حال محاسبهٔ دوباره است. وقتی زبانهٔ تصمیم به‌روز شد، دوباره خروجی بگیرید.</translation>
        </message>
        <message>
            <source>Exported {path} with the decision</source>
            <translation>خروجی {path} همراه با تصمیم تهیه شد</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>تهیهٔ خروجی ناموفق بود</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>تهیهٔ خروجی به پایان رسید</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} نوشته شد.</translation>
        </message>
        <message>
            <source>Change parameters</source>
            <translation>تغییر پارامترها</translation>
        </message>
        <message>
            <source>About Termscope</source>
            <translation>دربارهٔ Termscope</translation>
        </message>
        <message>
            <source>IT support contracts as executable models: what each vendor would do and charge, side by side, every number traced to a clause.</source>
            <translation>قراردادهای پشتیبانی فناوری اطلاعات به‌صورت مدل‌های اجرایی: هر ارائه‌دهنده چه می‌کند و چه هزینه‌ای می‌گیرد، در کنار هم، و هر عدد با ارجاع به یک بند.</translation>
        </message>
        <message>
            <source>Contract sources:</source>
            <translation>منابع قراردادها:</translation>
        </message>
    </context>
    <context>
        <name>ParametersDialog</name>
        <message>
            <source> (assumed)</source>
            <translation> (فرض‌شده)</translation>
        </message>
        <message>
            <source> (not stated)</source>
            <translation> (ذکرنشده)</translation>
        </message>
        <message>
            <source>Comparison, parameters and currency</source>
            <translation>مقایسه، پارامترها و ارز</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>مقایسه</translation>
        </message>
        <message>
            <source>who the comparison is prepared for (shown on exports)</source>
            <translation>مقایسه برای چه کسی تهیه شده است (در خروجی‌ها نمایش داده می‌شود)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>تهیه‌شده برای</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ندارد</translation>
        </message>
        <message>
            <source>not supplied: prices that need it show as not stated</source>
            <translation>واردنشده: قیمت‌های وابسته به آن «ذکرنشده» نمایش داده می‌شوند</translation>
        </message>
        <message>
            <source>{description}
Unit: {unit}. Default: {default}{note}. Clause {clause}.</source>
            <translation>{description}
واحد: {unit}. پیش‌فرض: {default}{note}. بند {clause}.</translation>
        </message>
        <message>
            <source>Comparison currency and exchange rates</source>
            <translation>ارز مقایسه و نرخ‌های ارز</translation>
        </message>
        <message>
            <source>none (vendor currencies only)</source>
            <translation>بدون تبدیل (فقط ارزهای ارائه‌دهندگان)</translation>
        </message>
        <message>
            <source>Compare in</source>
            <translation>مقایسه بر حسب</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>ناخالص (با ارزش افزوده)</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>خالص (بدون ارزش افزوده)</translation>
        </message>
        <message>
            <source>Converted amounts</source>
            <translation>مبالغ تبدیل‌شده</translation>
        </message>
        <message>
            <source>Rates of</source>
            <translation>تاریخ نرخ‌های ارز</translation>
        </message>
        <message>
            <source>Units of each currency per 1 {base}:</source>
            <translation>واحدهای هر ارز به ازای ۱ {base}:</translation>
        </message>
        <message>
            <source>{contract}: {name} must be a number of 0 or more, not {text}</source>
            <translation>{contract}: {name} باید عددی برابر با ۰ یا بیشتر باشد، نه {text}</translation>
        </message>
        <message>
            <source>the rate of {code} must be a number above 0</source>
            <translation>نرخ {code} باید عددی بزرگ‌تر از ۰ باشد</translation>
        </message>
    </context>
    <context>
        <name>PlainWords</name>
        <message>
            <source>VAT</source>
            <translation>ارزش افزوده</translation>
        </message>
        <message>
            <source>at</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>office hours</source>
            <translation>ساعات اداری</translation>
        </message>
        <message>
            <source>business day</source>
            <translation>روز کاری</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>برداشت</translation>
        </message>
        <message>
            <source>report day</source>
            <translation>روز گزارش</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>سطح اهمیت</translation>
        </message>
        <message>
            <source>becomes</source>
            <translation>تغییر به</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <source>part</source>
            <translation>بخش</translation>
        </message>
        <message>
            <source>visits per year</source>
            <translation>مراجعهٔ حضوری در سال</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>included</source>
            <translation>گنجانده‌شده</translation>
        </message>
        <message>
            <source>consumed</source>
            <translation>مصرف‌شده</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>when</source>
            <translation>شرط</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>مبلغ</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>قاعده</translation>
        </message>
        <message>
            <source>parts</source>
            <translation>بخش‌ها</translation>
        </message>
        <message>
            <source>total</source>
            <translation>جمع کل</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>حق اشتراک</translation>
        </message>
        <message>
            <source>net</source>
            <translation>خالص</translation>
        </message>
        <message>
            <source>open</source>
            <translation>باز</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>تعطیل</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>no</source>
            <translation>خیر</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ذکرنشده</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>نامعلوم</translation>
        </message>
        <message>
            <source>always</source>
            <translation>همیشه</translation>
        </message>
        <message>
            <source>hourly rate</source>
            <translation>نرخ ساعتی</translation>
        </message>
        <message>
            <source>prepaid hours</source>
            <translation>ساعات پیش‌پرداخت</translation>
        </message>
        <message>
            <source>service hours</source>
            <translation>ساعات خدمات</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>طبق پیش‌فاکتور</translation>
        </message>
        <message>
            <source>a share of a parameter</source>
            <translation>درصدی از یک پارامتر</translation>
        </message>
        <message>
            <source>a multiple of a parameter</source>
            <translation>مضربی از یک پارامتر</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>قیمت ثابت</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>به ازای هر واحد</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>وضعیت: {status}</translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source> years</source>
            <translation> سال</translation>
        </message>
        <message>
            <source>Where Does My Draft Stand?</source>
            <translation>پیش‌نویس من در چه جایگاهی است؟</translation>
        </message>
        <message>
            <source>Tick the rivals and run.</source>
            <translation>رقیبان را علامت بزنید و اجرا کنید.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>طرح</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>فعلی</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>Price to beat</source>
            <translation>قیمتی که باید کمتر از آن بود</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>بخش</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>امتیاز رقیب</translation>
        </message>
        <message>
            <source>Score lost</source>
            <translation>امتیاز ازدست‌رفته</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>نمایه</translation>
        </message>
        <message>
            <source>Rivals</source>
            <translation>رقیبان</translation>
        </message>
        <message>
            <source>Where it loses (against the winner or the runner-up)</source>
            <translation>کجا امتیاز از دست می‌دهد (در برابر برنده یا رتبهٔ دوم)</translation>
        </message>
        <message>
            <source>The price to beat</source>
            <translation>قیمتی که باید کمتر از آن بود</translation>
        </message>
        <message>
            <source>The draft has problems; fix them first (see the Problems list).</source>
            <translation>پیش‌نویس مشکلاتی دارد؛ ابتدا آن‌ها را برطرف کنید (فهرست مشکلات را ببینید).</translation>
        </message>
        <message>
            <source>Tick at least one rival.</source>
            <translation>دست‌کم یک رقیب را علامت بزنید.</translation>
        </message>
        <message>
            <source>Simulating {years} years of {profile} for {count} rivals…</source>
            <translation>در حال شبیه‌سازی {years} سال از نمایهٔ {profile} برای {count} رقیب…</translation>
        </message>
        <message>
            <source>{profile}, {years} years, {count} rivals, costs in {currency}.</source>
            <translation>{profile}، {years} سال، {count} رقیب، هزینه‌ها به {currency}.</translation>
        </message>
    </context>
    <context>
        <name>RangeChart</name>
        <message>
            <source>billions</source>
            <translation>میلیارد</translation>
        </message>
        <message>
            <source>millions</source>
            <translation>میلیون</translation>
        </message>
        <message>
            <source>thousands</source>
            <translation>هزار</translation>
        </message>
        <message>
            <source>Every plan has tickets without a stated price: the bars show the known part.</source>
            <translation>همهٔ طرح‌ها تیکت‌هایی بدون قیمت ذکرشده دارند: میله‌ها بخش معلوم را نشان می‌دهند.</translation>
        </message>
        <message>
            <source>* has tickets without a stated price: the bar shows the known part.</source>
            <translation>*: دارای تیکت‌هایی بدون قیمت ذکرشده؛ میله فقط بخش معلوم را نشان می‌دهد.</translation>
        </message>
        <message>
            <source>Yearly cost range chart</source>
            <translation>نمودار بازهٔ هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation>در حال شبیه‌سازی نمایه…</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}: P10 – P90, median marked</source>
            <translation>هزینهٔ سالانه به {currency}: P10 تا P90، با نشان میانه</translation>
        </message>
        <message>
            <source>The yearly cost range of each plan, being simulated.</source>
            <translation>بازهٔ هزینهٔ سالانهٔ هر طرح، در حال شبیه‌سازی.</translation>
        </message>
        <message>
            <source>{plan}: {currency} {p10} to {p90} a year, median {p50}</source>
            <translation>{plan}: {p10} تا {p90} {currency} در سال، میانه {p50}</translation>
        </message>
        <message>
            <source>(some costs not stated)</source>
            <translation>(برخی هزینه‌ها ذکرنشده)</translation>
        </message>
        <message>
            <source>Yearly cost in {currency}, P10 to P90 with the median, per plan.</source>
            <translation>هزینهٔ سالانه به {currency}، از P10 تا P90 همراه با میانه، برای هر طرح.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source> h</source>
            <translation> ساعت</translation>
        </message>
        <message>
            <source>Fault in the vendor's product</source>
            <translation>ایراد در محصول ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Caused by the customer</source>
            <translation>ناشی از مشتری</translation>
        </message>
        <message>
            <source>No fault (question, mistaken report)</source>
            <translation>بدون ایراد (پرسش، گزارش اشتباه)</translation>
        </message>
        <message>
            <source>Change request (new work)</source>
            <translation>درخواست تغییر (کار جدید)</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>بحرانی</translation>
        </message>
        <message>
            <source>High</source>
            <translation>مهم</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>معمولی</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>کم‌اهمیت</translation>
        </message>
        <message>
            <source>report time</source>
            <translation>زمان گزارش</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>سطح اهمیت</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>علت</translation>
        </message>
        <message>
            <source>vendor work</source>
            <translation>زمان کار ارائه‌دهنده</translation>
        </message>
        <message>
            <source>on-site hours</source>
            <translation>ساعات حضور در محل مشتری</translation>
        </message>
        <message>
            <source>how long the fault existed</source>
            <translation>مدت وجود مشکل</translation>
        </message>
        <message>
            <source>work outside the vendor's hours</source>
            <translation>کار خارج از ساعات اداری ارائه‌دهنده</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>رفع مشکل با نسخهٔ جدید منتشر می‌شود</translation>
        </message>
        <message>
            <source>Vendor work</source>
            <translation>زمان کار ارائه‌دهنده</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>حضوری</translation>
        </message>
        <message>
            <source>Fault age</source>
            <translation>مدت وجود مشکل</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>زمان گزارش</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>منطقهٔ زمانی</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>سطح اهمیت</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>علت</translation>
        </message>
        <message>
            <source>Fault existed for</source>
            <translation>مدت وجود مشکل</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>سناریو</translation>
        </message>
        <message>
            <source>Work asked for outside the vendor's hours</source>
            <translation>درخواست کار خارج از ساعات اداری ارائه‌دهنده</translation>
        </message>
        <message>
            <source>The fix ships in a software release</source>
            <translation>رفع مشکل با نسخهٔ جدید منتشر می‌شود</translation>
        </message>
        <message>
            <source>Add a scenario to compare the plans.</source>
            <translation>برای مقایسهٔ طرح‌ها یک سناریو اضافه کنید.</translation>
        </message>
        <message>
            <source>{what} is at most {maximum} h: {typed} h was taken as {maximum} h.</source>
            <translation>{what} حداکثر {maximum} ساعت است؛ به‌جای {typed} ساعت، {maximum} ساعت در نظر گرفته شد.</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>ویرایش {field}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioList</name>
        <message>
            <source>{reported}, {severity}, {cause}, {effort} h</source>
            <translation>{reported}، {severity}، {cause}، {effort} ساعت</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>تغییر نام سناریو</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>افزودن</translation>
        </message>
        <message>
            <source>Add a scenario</source>
            <translation>افزودن یک سناریو</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>تکثیر</translation>
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation>تکثیر سناریوی انتخاب‌شده</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selected scenario</source>
            <translation>حذف سناریوی انتخاب‌شده</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>انتقال به بالا</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>انتقال به پایین</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>سناریوها</translation>
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation>سناریوی {number}</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>افزودن سناریو</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (رونوشت)</translation>
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation>تکثیر سناریو</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>حذف سناریو</translation>
        </message>
        <message>
            <source>Move scenario</source>
            <translation>جابه‌جایی سناریو</translation>
        </message>
    </context>
    <context>
        <name>SourcePanel</name>
        <message>
            <source>Text (*.txt)</source>
            <translation>متن (*.txt)</translation>
        </message>
        <message>
            <source>Open the vendor's terms (a text file) or paste them here.</source>
            <translation>شرایط ارائه‌دهنده را باز کنید (یک پروندهٔ متنی) یا اینجا جای‌گذاری کنید.</translation>
        </message>
        <message>
            <source>English reading of the selected words (optional now)</source>
            <translation>برداشت انگلیسی از عبارت انتخاب‌شده (فعلاً اختیاری)</translation>
        </message>
        <message>
            <source>Open Text…</source>
            <translation>باز کردن متن…</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>جای‌گذاری</translation>
        </message>
        <message>
            <source>Make Clause from Selection</source>
            <translation>ساخت بند از متن انتخاب‌شده</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet</source>
            <translation>جمله‌هایی که هنوز هیچ بندی نقلشان نکرده است</translation>
        </message>
        <message>
            <source>Open the Vendor's Terms</source>
            <translation>باز کردن شرایط ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Select the vendor's words first.</source>
            <translation>ابتدا عبارت ارائه‌دهنده را انتخاب کنید.</translation>
        </message>
        <message>
            <source>Clause {clause} quotes the selected words.</source>
            <translation>بند {clause} عبارت انتخاب‌شده را نقل می‌کند.</translation>
        </message>
        <message>
            <source>Sentences no clause quotes yet ({count})</source>
            <translation>جمله‌هایی که هنوز هیچ بندی نقلشان نکرده است ({count})</translation>
        </message>
        <message>
            <source>Clauses no rule cites yet: {clauses}</source>
            <translation>بندهایی که هنوز هیچ قاعده‌ای به آن‌ها ارجاع نداده است: {clauses}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>هیچ‌کدام</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>response</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>رفع مشکل</translation>
        </message>
        <message>
            <source>release</source>
            <translation>انتشار نسخه</translation>
        </message>
        <message>
            <source>Timeline of the milestones</source>
            <translation>خط زمانی مراحل</translation>
        </message>
        <message>
            <source>No plans to show.</source>
            <translation>طرحی برای نمایش وجود ندارد.</translation>
        </message>
        <message>
            <source>vendor's office hours</source>
            <translation>ساعات اداری ارائه‌دهنده</translation>
        </message>
        <message>
            <source>report</source>
            <translation>گزارش</translation>
        </message>
        <message>
            <source>Time in {zone}</source>
            <translation>زمان به وقت {zone}</translation>
        </message>
        <message>
            <source>no milestones</source>
            <translation>بدون مرحله</translation>
        </message>
        <message>
            <source>Reported {when}.</source>
            <translation>زمان گزارش: {when}.</translation>
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>No plans are compared.</source>
            <translation>هیچ طرحی مقایسه نمی‌شود.</translation>
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation>در حال محاسبهٔ تصمیم…</translation>
        </message>
        <message>
            <source>Cost by ticket volume chart</source>
            <translation>نمودار هزینه بر حسب تعداد تیکت</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} (unpriced tickets loaded) by tickets a month</source>
            <translation>هزینهٔ سالانه به {currency} (با منظور کردن تیکت‌های بدون قیمت) بر حسب تعداد تیکت در ماه</translation>
        </message>
        <message>
            <source>Yearly cost in {currency} by tickets a month, from {low} to {high}; the profile has {volume}.</source>
            <translation>هزینهٔ سالانه به {currency} بر حسب تعداد تیکت در ماه، از {low} تا {high}؛ نمایه: {volume}.</translation>
        </message>
        <message>
            <source>{plan} (the winner): {low} to {high}.</source>
            <translation>{plan} (برنده): {low} تا {high}.</translation>
        </message>
        <message>
            <source>{plan}: {low} to {high}.</source>
            <translation>{plan}: {low} تا {high}.</translation>
        </message>
        <message>
            <source>{plan} becomes cheaper at {tickets} tickets a month.</source>
            <translation>{plan} در حجم {tickets} تیکت در ماه ارزان‌تر می‌شود.</translation>
        </message>
        <message>
            <source>tickets a month (log scale)</source>
            <translation>تیکت در ماه (مقیاس لگاریتمی)</translation>
        </message>
        <message>
            <source>profile: {volume}/month</source>
            <translation>نمایه: {volume} در ماه</translation>
        </message>
        <message>
            <source>break-even {tickets}/month</source>
            <translation>سربه‌سر: {tickets} در ماه</translation>
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>assumed</source>
            <translation>فرض‌شده</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>تفسیرشده</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ذکرنشده</translation>
        </message>
        <message>
            <source>report</source>
            <translation>گزارش</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>سطح اهمیت</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>دامنهٔ خدمات</translation>
        </message>
        <message>
            <source>quota</source>
            <translation>سهمیه</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>هزینه</translation>
        </message>
        <message>
            <source>response</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>رفع مشکل</translation>
        </message>
        <message>
            <source>release</source>
            <translation>انتشار نسخه</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>حق اشتراک</translation>
        </message>
        <message>
            <source>Select a cell of the comparison to see why.</source>
            <translation>برای دیدن علت، یک سلول از جدول مقایسه را انتخاب کنید.</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>هشدار</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>نکته</translation>
        </message>
        <message>
            <source>Change parameters and assumed values…</source>
            <translation>تغییر پارامترها و مقادیر فرض‌شده…</translation>
        </message>
        <message>
            <source>Cost lines</source>
            <translation>اقلام هزینه</translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>{basis}; the clock stopped for {hours} of pauses</source>
            <translation>{basis}؛ شمارش زمان در وقفه‌ها به مدت {hours} متوقف بود</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} ساعت</translation>
        </message>
        <message>
            <source>{clock} (office hours of plan {plan})</source>
            <translation>{clock} (ساعات اداری طرح {plan})</translation>
        </message>
        <message>
            <source>{first}; {then}</source>
            <translation>{first}؛ {then}</translation>
        </message>
        <message>
            <source>the earliest of: {clocks}</source>
            <translation>زودترین زمان از میان: {clocks}</translation>
        </message>
        <message>
            <source>the latest of: {clocks}</source>
            <translation>دیرترین زمان از میان: {clocks}</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours (the effort)</source>
            <translation>{start} + {hours} ساعت شبانه‌روزی (زمان کار)</translation>
        </message>
        <message>
            <source>{start} + {hours} clock hours</source>
            <translation>{start} + {hours} ساعت شبانه‌روزی</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours (the effort)</source>
            <translation>{start} + {hours} ساعت کاری (زمان کار)</translation>
        </message>
        <message>
            <source>{start} + {hours} business hours</source>
            <translation>{start} + {hours} ساعت کاری</translation>
        </message>
        <message>
            <source>{start} + {days} business days of {day} h</source>
            <translation>{start} + {days} روز کاری {day} ساعته</translation>
        </message>
        <message>
            <source>next business day after {start}, at opening</source>
            <translation>روز کاری بعد از {start}، در ابتدای ساعات اداری</translation>
        </message>
        <message>
            <source>next business day after {start}, at {time}</source>
            <translation>روز کاری بعد از {start}، ساعت {time}</translation>
        </message>
        <message>
            <source>closing time of the first business day at or after {start}</source>
            <translation>پایان ساعات اداری نخستین روز کاری هم‌زمان با {start} یا پس از آن</translation>
        </message>
        <message>
            <source>{start} + {days} calendar days (same local time)</source>
            <translation>{start} + {days} روز تقویمی (در همان ساعت محلی)</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at closing time</source>
            <translation>نخستین روز کاری ({days}) از {start} به بعد، در پایان ساعات اداری</translation>
        </message>
        <message>
            <source>first {days} business day from {start}, at {time}</source>
            <translation>نخستین روز کاری ({days}) از {start} به بعد، ساعت {time}</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>گزارش</translation>
        </message>
        <message>
            <source>response</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>work start</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>رفع مشکل</translation>
        </message>
        <message>
            <source>release</source>
            <translation>انتشار نسخه</translation>
        </message>
        <message>
            <source>{statistic} {milestone}, {tickets}</source>
            <translation>{milestone} ({statistic})، {tickets}</translation>
        </message>
        <message>
            <source>median</source>
            <translation>میانه</translation>
        </message>
        <message>
            <source>critical tickets</source>
            <translation>تیکت‌های بحرانی</translation>
        </message>
        <message>
            <source>all tickets</source>
            <translation>همهٔ تیکت‌ها</translation>
        </message>
        <message>
            <source>{milestone} within {hours} h ({statistic}, {tickets})</source>
            <translation>{milestone} ظرف {hours} ساعت ({statistic}، {tickets})</translation>
        </message>
        <message>
            <source>on-site visits available for {severities} tickets</source>
            <translation>امکان مراجعهٔ حضوری برای تیکت‌های {severities}</translation>
        </message>
        <message>
            <source>every ticket has a known price</source>
            <translation>همهٔ تیکت‌ها قیمت معلوم دارند</translation>
        </message>
        <message>
            <source>at most {share} of tickets without a known price</source>
            <translation>حداکثر {share} از تیکت‌ها بدون قیمت معلوم</translation>
        </message>
        <message>
            <source>yearly cost ({percentile}) at most {currency} {amount}</source>
            <translation>هزینهٔ سالانه ({percentile}) حداکثر {amount} {currency}</translation>
        </message>
        <message>
            <source>Default criteria</source>
            <translation>معیارهای پیش‌فرض</translation>
        </message>
        <message>
            <source>yearly cost {share}</source>
            <translation>هزینهٔ سالانه {share}</translation>
        </message>
        <message>
            <source>speed {share}</source>
            <translation>سرعت {share}</translation>
        </message>
        <message>
            <source>coverage {share}</source>
            <translation>پوشش {share}</translation>
        </message>
        <message>
            <source>; must-haves: {knockouts}</source>
            <translation>؛ شرایط الزامی: {knockouts}</translation>
        </message>
        <message>
            <source>No plans are compared.</source>
            <translation>هیچ طرحی مقایسه نمی‌شود.</translation>
        </message>
        <message>
            <source>No plan meets every must-have; the closest is {plan} ({failed}).</source>
            <translation>هیچ طرحی همهٔ شرایط الزامی را برآورده نمی‌کند؛ نزدیک‌ترین طرح {plan} است ({failed}).</translation>
        </message>
        <message>
            <source>an expected year</source>
            <translation>یک سال مورد انتظار</translation>
        </message>
        <message>
            <source>a {stat} year</source>
            <translation>یک سال {stat}</translation>
        </message>
        <message>
            <source>{plan} wins with {score} points</source>
            <translation>{plan} با {score} امتیاز برنده است</translation>
        </message>
        <message>
            <source>{head}: it is the only plan compared ({money} in {year}).</source>
            <translation>{head}: تنها طرح مقایسه‌شده است ({money} در {year}).</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}</source>
            <translation>هزینهٔ آن {money} در {year} است، در برابر {theirs}</translation>
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}, tickets without a price loaded</source>
            <translation>هزینهٔ آن {money} در {year} است، در برابر {theirs}، با منظور کردن تیکت‌های بدون قیمت</translation>
        </message>
        <message>
            <source>it prices {mine} of tickets against {theirs}</source>
            <translation>برای {mine} از تیکت‌ها قیمت دارد، در برابر {theirs}</translation>
        </message>
        <message>
            <source>; but {share} of its tickets have no known price</source>
            <translation>؛ اما {share} از تیکت‌های آن قیمت معلومی ندارند</translation>
        </message>
        <message>
            <source>{head}, {margin} ahead of {runner}: {reason}{tail}.</source>
            <translation>{head}، با {margin} امتیاز فاصله از {runner}: {reason}{tail}.</translation>
        </message>
        <message>
            <source>{label}: {mine} h, where the runner-up's terms state none</source>
            <translation>{label}: {mine} ساعت، در حالی که در شرایط رتبهٔ دوم زمانی ذکر نشده است</translation>
        </message>
        <message>
            <source>{label}: {mine} h against {theirs} h</source>
            <translation>{label}: {mine} ساعت در برابر {theirs} ساعت</translation>
        </message>
        <message>
            <source>it is faster ({measures})</source>
            <translation>سریع‌تر است ({measures})</translation>
        </message>
        <message>
            <source>it scores higher on speed</source>
            <translation>در سرعت امتیاز بالاتری دارد</translation>
        </message>
        <message>
            <source>No change was tried.</source>
            <translation>هیچ تغییری آزموده نشد.</translation>
        </message>
        <message>
            <source>The winner holds under all {count} changes tried.</source>
            <translation>برنده در برابر همهٔ {count} تغییر آزموده‌شده ثابت می‌ماند.</translation>
        </message>
        <message>
            <source>no winner</source>
            <translation>بدون برنده</translation>
        </message>
        <message>
            <source>{what} (→ {winner})</source>
            <translation>{what} (← {winner})</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> و {count} مورد دیگر</translation>
        </message>
        <message>
            <source>The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.</source>
            <translation>برنده در {held} مورد از {count} تغییر آزموده‌شده ثابت می‌ماند؛ این تغییرها برنده را عوض می‌کنند: {shown}{more}.</translation>
        </message>
        <message>
            <source>the terms state no time</source>
            <translation>در شرایط قرارداد زمانی ذکر نشده است</translation>
        </message>
        <message>
            <source>{share} of tickets without a known price</source>
            <translation>{share} از تیکت‌ها بدون قیمت معلوم</translation>
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
            <translation>{amount} (فقط بخش معلوم)</translation>
        </message>
        <message>
            <source>{amount} a year</source>
            <translation>{amount} در سال</translation>
        </message>
        <message>
            <source>{known} known + {load} loaded for {count} tickets a year without a price</source>
            <translation>{known} معلوم + {load} منظورشده برای {count} تیکت بدون قیمت در سال</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis})</source>
            <translation>۱۰۰ × کمترین / هزینهٔ سالانهٔ این طرح ({statistic}، {basis})</translation>
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices loaded at the highest usage cost per ticket of the plans</source>
            <translation>۱۰۰ × کمترین / هزینهٔ سالانهٔ این طرح ({statistic}، {basis})؛ قیمت‌های نامعلوم با بالاترین هزینهٔ مصرف هر تیکت در میان طرح‌ها منظور شده‌اند</translation>
        </message>
        <message>
            <source>net</source>
            <translation>خالص</translation>
        </message>
        <message>
            <source>gross</source>
            <translation>ناخالص</translation>
        </message>
        <message>
            <source>{measure}: not stated</source>
            <translation>{measure}: ذکرنشده</translation>
        </message>
        <message>
            <source>{measure}: {hours} h</source>
            <translation>{measure}: {hours} ساعت</translation>
        </message>
        <message>
            <source>100 × fastest / this plan's, per measure (a time not stated scores 0)</source>
            <translation>۱۰۰ × سریع‌ترین / زمان این طرح، برای هر سنجه (زمان ذکرنشده امتیاز ۰ می‌گیرد)</translation>
        </message>
        <message>
            <source>{before}; {after}</source>
            <translation>{before}؛ {after}</translation>
        </message>
        <message>
            <source>{share} of tickets at a known price</source>
            <translation>{share} از تیکت‌ها با قیمت معلوم</translation>
        </message>
        <message>
            <source>{covered}; refused: {causes}</source>
            <translation>{covered}؛ ردشده: {causes}</translation>
        </message>
        <message>
            <source>100 × share of tickets covered at a known price</source>
            <translation>۱۰۰ × سهم تیکت‌های تحت پوشش با قیمت معلوم</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Vendor · plan</source>
            <translation>ارائه‌دهنده · طرح</translation>
        </message>
        <message>
            <source>Yearly cost</source>
            <translation>هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>Fee / year</source>
            <translation>حق اشتراک در سال</translation>
        </message>
        <message>
            <source>Usage / year</source>
            <translation>مصرف در سال</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Priced</source>
            <translation>قیمت‌دار</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>امتیاز</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>سرعت</translation>
        </message>
        <message>
            <source>Must-haves</source>
            <translation>شرایط الزامی</translation>
        </message>
        <message>
            <source>{known} + {share} unpriced</source>
            <translation>{known} + {share} بدون قیمت</translation>
        </message>
        <message>
            <source>{detail}. Ranked on {loaded} loaded.</source>
            <translation>{detail}. رتبه‌بندی بر اساس {loaded} با منظور کردن تیکت‌های بدون قیمت.</translation>
        </message>
        <message>
            <source>yearly cost</source>
            <translation>هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>سرعت</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>پوشش</translation>
        </message>
        <message>
            <source>{part}: {points} points × {weight} ({value}; {basis})</source>
            <translation>{part}: {points} امتیاز × {weight} ({value}؛ {basis})</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>تعیین‌نشده</translation>
        </message>
        <message>
            <source>all met</source>
            <translation>همه برآورده‌شده</translation>
        </message>
        <message>
            <source>fails: {failed}</source>
            <translation>برآورده‌نشده: {failed}</translation>
        </message>
        <message>
            <source>needs a parameter</source>
            <translation>نیازمند پارامتر</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <translation>{low} تا {high}</translation>
        </message>
        <message>
            <source>The 10th and 90th percentile of the simulated years</source>
            <translation>صدک‌های ۱۰ و ۹۰ سال‌های شبیه‌سازی‌شده</translation>
        </message>
        <message>
            <source>expected (mean)</source>
            <translation>مورد انتظار (میانگین)</translation>
        </message>
        <message>
            <source>Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of {years} simulated years, {basis}, in {currency} at the rates of {date}.</source>
            <translation>هزینهٔ سالانه: حق اشتراک به‌علاوهٔ مصرف بر اساس نمایهٔ «{profile}»، مقدار {statistic} در {years} سال شبیه‌سازی‌شده، {basis}، به {currency} با نرخ‌های ارز {date}.</translation>
        </message>
        <message>
            <source>A plan with tickets it refuses or does not price shows the known part; it is ranked on the cost with those tickets loaded at {rate} each (the highest usage cost per priced ticket among the plans).</source>
            <translation>برای طرحی که برخی تیکت‌ها را رد می‌کند یا برای آن‌ها قیمتی ندارد، بخش معلوم هزینه نمایش داده می‌شود؛ رتبه‌بندی آن بر اساس هزینه‌ای است که در آن هر یک از این تیکت‌ها با {rate} منظور شده است (بالاترین هزینهٔ مصرف هر تیکت قیمت‌دار در میان طرح‌ها).</translation>
        </message>
        <message>
            <source>Score: {criteria}.</source>
            <translation>امتیاز: {criteria}.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>رتبه‌بندی</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>مورد تغییر</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>مقدار آزموده‌شده</translation>
        </message>
        <message>
            <source>Winner then</source>
            <translation>برنده در این حالت</translation>
        </message>
        <message>
            <source>Largest yearly change</source>
            <translation>بیشترین تغییر هزینهٔ سالانه</translation>
        </message>
        <message>
            <source>Where it flips</source>
            <translation>نقطهٔ تغییر برنده</translation>
        </message>
        <message>
            <source>{winner} (flips)</source>
            <translation>{winner} (تغییر برنده)</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>بدون تغییر</translation>
        </message>
        <message>
            <source>{flips} of {count} changes flip the winner; {held} leave it in place.</source>
            <translation>از {count} تغییر، {flips} تغییر برنده را عوض می‌کند و {held} تغییر آن را عوض نمی‌کند.</translation>
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation>چه چیزی برنده را عوض می‌کند</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>در برابر</translation>
        </message>
        <message>
            <source>Break-even tickets / month</source>
            <translation>نقطهٔ سربه‌سر (تیکت در ماه)</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>توضیح</translation>
        </message>
        <message>
            <source>none in range</source>
            <translation>در این بازه وجود ندارد</translation>
        </message>
        <message>
            <source> (known prices, loaded)</source>
            <translation> (قیمت‌های معلوم، با منظور کردن تیکت‌های بدون قیمت)</translation>
        </message>
        <message>
            <source>The profile has {count} tickets a month; the winner's yearly cost equals the rival's at the volume shown.</source>
            <translation>نمایه {count} تیکت در ماه دارد؛ در حجم نشان‌داده‌شده، هزینهٔ سالانهٔ برنده با هزینهٔ سالانهٔ رقیب برابر است.</translation>
        </message>
        <message>
            <source>Break-even volumes of {plan}</source>
            <translation>حجم‌های نقطهٔ سربه‌سر {plan}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>ذکرنشده</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>فرض‌شده</translation>
        </message>
        <message>
            <source>interpreted</source>
            <translation>تفسیرشده</translation>
        </message>
        <message>
            <source>not supplied</source>
            <translation>واردنشده</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>وضعیت فعلی</translation>
        </message>
        <message>
            <source>We assume</source>
            <translation>فرض ما</translation>
        </message>
        <message>
            <source>Question to send</source>
            <translation>پرسش برای ارسال</translation>
        </message>
        <message>
            <source>Could move</source>
            <translation>اثر احتمالی</translation>
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation>پرسش از هر ارائه‌دهنده</translation>
        </message>
        <message>
            <source>{statistic} yearly cost, {basis}, in {currency}</source>
            <translation>هزینهٔ سالانهٔ {statistic}، {basis}، به {currency}</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>مورد انتظار</translation>
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation>سناریوها × طرح‌ها</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>سناریو</translation>
        </message>
        <message>
            <source>start not stated</source>
            <translation>شروع رسیدگی ذکرنشده</translation>
        </message>
        <message>
            <source>{start} · {cost}</source>
            <translation>{start} · {cost}</translation>
        </message>
        <message>
            <source>Work start: {start}
Cost: {cost}</source>
            <translation>شروع رسیدگی: {start}
هزینه: {cost}</translation>
        </message>
        <message>
            <source>Scenarios × plans: work start · cost</source>
            <translation>سناریوها × طرح‌ها: شروع رسیدگی · هزینه</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>طرح</translation>
        </message>
        <message>
            <source>P10</source>
            <translation>P10</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>میانه</translation>
        </message>
        <message>
            <source>P90</source>
            <translation>P90</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>حق اشتراک</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>مصرف</translation>
        </message>
        <message>
            <source>Overflow</source>
            <translation>هزینهٔ مازاد</translation>
        </message>
        <message>
            <source>Not covered a year</source>
            <translation>خارج از پوشش در سال</translation>
        </message>
        <message>
            <source>No price a year</source>
            <translation>بدون قیمت در سال</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>پاسخ</translation>
        </message>
        <message>
            <source>Work start</source>
            <translation>شروع رسیدگی</translation>
        </message>
        <message>
            <source>{median} / {p90}</source>
            <translation>{median} / {p90}</translation>
        </message>
        <message>
            <source>needs parameter {name}</source>
            <translation>نیازمند پارامتر {name}</translation>
        </message>
        <message>
            <source>{count} ({share})</source>
            <translation>{count} ({share})</translation>
        </message>
        <message>
            <source>{count} (incomplete)</source>
            <translation>{count} (ناقص)</translation>
        </message>
        <message>
            <source>A year of support</source>
            <translation>یک سال پشتیبانی</translation>
        </message>
        <message>
            <source>Reported on the vendor's clock</source>
            <translation>زمان گزارش به وقت ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Not stated in the terms</source>
            <translation>در شرایط قرارداد ذکر نشده است</translation>
        </message>
        <message>
            <source>The terms say nothing about after-hours work; no surcharge is assumed</source>
            <translation>شرایط قرارداد دربارهٔ کار خارج از ساعات اداری چیزی نمی‌گوید؛ هزینهٔ اضافه‌ای فرض نشده است</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>حق اشتراک ثابت</translation>
        </message>
        <message>
            <source>Not covered</source>
            <translation>خارج از پوشش</translation>
        </message>
        <message>
            <source>Priced by quote</source>
            <translation>قیمت‌گذاری طبق پیش‌فاکتور</translation>
        </message>
        <message>
            <source>On-site visit</source>
            <translation>مراجعهٔ حضوری</translation>
        </message>
        <message>
            <source>Customisation</source>
            <translation>سفارشی‌سازی</translation>
        </message>
        <message>
            <source>Package hours</source>
            <translation>بستهٔ ساعات پیش‌خرید</translation>
        </message>
        <message>
            <source>Monthly hour cap</source>
            <translation>سقف ساعات ماهانه</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>کار</translation>
        </message>
        <message>
            <source>no on-site visits in this plan</source>
            <translation>این طرح مراجعهٔ حضوری ندارد</translation>
        </message>
        <message>
            <source>the terms do not price this; ask the vendor</source>
            <translation>شرایط قرارداد برای این مورد قیمتی تعیین نکرده است؛ از ارائه‌دهنده بپرسید</translation>
        </message>
        <message>
            <source>included</source>
            <translation>گنجانده‌شده در طرح</translation>
        </message>
        <message>
            <source>the terms give no price</source>
            <translation>قیمتی در شرایط قرارداد ذکر نشده است</translation>
        </message>
        <message>
            <source>priced by quote</source>
            <translation>قیمت‌گذاری طبق پیش‌فاکتور</translation>
        </message>
        <message>
            <source>not debited</source>
            <translation>کسر نمی‌شود</translation>
        </message>
        <message>
            <source>{label}: {reason}</source>
            <translation>{label}: {reason}</translation>
        </message>
        <message>
            <source>Status {status}</source>
            <translation>وضعیت: {status}</translation>
        </message>
        <message>
            <source>The vendor writes its clock as {written}; read as {zone}</source>
            <translation>ارائه‌دهنده وقت خود را {written} نوشته است؛ {zone} در نظر گرفته شد</translation>
        </message>
        <message>
            <source>Office hours: the plan's own</source>
            <translation>ساعات اداری: ساعات اختصاصی طرح</translation>
        </message>
        <message>
            <source>Office hours: the vendor's</source>
            <translation>ساعات اداری: ساعات ارائه‌دهنده</translation>
        </message>
        <message>
            <source>Holidays: {country} ({kinds}), {library}</source>
            <translation>تعطیلات: {country} ({kinds})، {library}</translation>
        </message>
        <message>
            <source>Holidays: {words}</source>
            <translation>تعطیلات: {words}</translation>
        </message>
        <message>
            <source>Handled as {becomes}, not {severity}: {reason}</source>
            <translation>با سطح اهمیت {becomes} رسیدگی می‌شود، نه {severity}: {reason}</translation>
        </message>
        <message>
            <source>on-site visits only for {severities} requests</source>
            <translation>مراجعهٔ حضوری فقط برای درخواست‌های {severities}</translation>
        </message>
        <message>
            <source>Uses one of {visits} on-site visits a year</source>
            <translation>یکی از {visits} مراجعهٔ حضوری سالانه را مصرف می‌کند</translation>
        </message>
        <message>
            <source>needs {effort} of customisation; the plan includes {included} a year</source>
            <translation>به {effort} سفارشی‌سازی نیاز دارد؛ طرح در سال {included} سفارشی‌سازی را در بر دارد</translation>
        </message>
        <message>
            <source>Uses {effort} of {included} customisation a year</source>
            <translation>{effort} از {included} سفارشی‌سازی سالانه را مصرف می‌کند</translation>
        </message>
        <message>
            <source>needs {consumed}; the package holds {hours}</source>
            <translation>به {consumed} نیاز دارد؛ ظرفیت بسته {hours} است</translation>
        </message>
        <message>
            <source>Hours consumed from the package</source>
            <translation>ساعات مصرف‌شده از بسته</translation>
        </message>
        <message>
            <source>needs {consumed}; at most {cap} may be used in a month</source>
            <translation>به {consumed} نیاز دارد؛ در هر ماه حداکثر {cap} قابل استفاده است</translation>
        </message>
        <message>
            <source>At least {hours} are consumed every month, used or not</source>
            <translation>هر ماه دست‌کم {hours} مصرف‌شده محسوب می‌شود، چه استفاده شود چه نشود</translation>
        </message>
        <message>
            <source>Requests per month: {limit}</source>
            <translation>تعداد درخواست در ماه: {limit}</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>نامحدود</translation>
        </message>
        <message>
            <source>parameter {name} has no value; supply it to see this price</source>
            <translation>پارامتر {name} مقدار ندارد؛ برای دیدن این قیمت، مقدار آن را وارد کنید</translation>
        </message>
        <message>
            <source>{hours} × {rate} per {minutes} min</source>
            <translation>{hours} × {rate} به ازای هر {minutes} دقیقه</translation>
        </message>
        <message>
            <source>{worked} worked, billed as {billed}</source>
            <translation>{worked} کار انجام‌شده، محاسبه‌شده به‌صورت {billed}</translation>
        </message>
        <message>
            <source>{how}; minimum charge {amount}</source>
            <translation>{how}؛ حداقل مبلغ {amount}</translation>
        </message>
        <message>
            <source>{hours} from the package × {rate}</source>
            <translation>{hours} از بسته × {rate}</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours</source>
            <translation>{debited} از ساعات خدمات گنجانده‌شده ({included}) کسر شد</translation>
        </message>
        <message>
            <source>{debited} debited from {included} included service hours; {left} left</source>
            <translation>{debited} از ساعات خدمات گنجانده‌شده ({included}) کسر شد؛ {left} باقی مانده است</translation>
        </message>
        <message>
            <source>{debit}; {hours} beyond them × {rate}</source>
            <translation>{debit}؛ {hours} مازاد بر آن × {rate}</translation>
        </message>
        <message>
            <source>Fees a year: {basis}</source>
            <translation>مجموع حق اشتراک در سال: {basis}</translation>
        </message>
        <message>
            <source>{basis} a month</source>
            <translation>{basis} در ماه</translation>
        </message>
        <message>
            <source>{basis} a year</source>
            <translation>{basis} در سال</translation>
        </message>
        <message>
            <source>{fees} + {fee}</source>
            <translation>{fees} + {fee}</translation>
        </message>
        <message>
            <source>Plan fee: parameter {parameter} has no value; supply it to see the fee</source>
            <translation>حق اشتراک طرح: پارامتر {parameter} مقدار ندارد؛ برای دیدن حق اشتراک، مقدار آن را وارد کنید</translation>
        </message>
        <message>
            <source>{percent} % of {parameter}</source>
            <translation>{percent}٪ از {parameter}</translation>
        </message>
        <message>
            <source>{multiple} × {parameter}</source>
            <translation>{multiple} × {parameter}</translation>
        </message>
        <message>
            <source>{amount} per {unit} × {parameter}</source>
            <translation>{amount} به ازای هر {unit} × {parameter}</translation>
        </message>
        <message>
            <source>Yearly fee</source>
            <translation>حق اشتراک سالانه</translation>
        </message>
        <message>
            <source>Monthly fee</source>
            <translation>حق اشتراک ماهانه</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a year</source>
            <translation>حق اشتراک، درصد از {parameter} در سال</translation>
        </message>
        <message>
            <source>Fee, % of {parameter} a month</source>
            <translation>حق اشتراک، درصد از {parameter} در ماه</translation>
        </message>
        <message>
            <source>{label} (rate per hour)</source>
            <translation>{label} (نرخ به ازای هر ساعت)</translation>
        </message>
        <message>
            <source>{label} (rate per {minutes} minutes)</source>
            <translation>{label} (نرخ به ازای هر {minutes} دقیقه)</translation>
        </message>
        <message>
            <source>{label} (per hour beyond the included hours)</source>
            <translation>{label} (به ازای هر ساعت مازاد بر ساعات گنجانده‌شده)</translation>
        </message>
        <message>
            <source>Included service hours ({parameter})</source>
            <translation>ساعات خدمات گنجانده‌شده ({parameter})</translation>
        </message>
        <message>
            <source>{label} ({conditions})</source>
            <translation>{label} ({conditions})</translation>
        </message>
        <message>
            <source>Response in clock hours</source>
            <translation>پاسخ بر حسب ساعت شبانه‌روزی</translation>
        </message>
        <message>
            <source>Response in business hours</source>
            <translation>پاسخ بر حسب ساعت کاری</translation>
        </message>
        <message>
            <source>Work start in clock hours</source>
            <translation>شروع رسیدگی بر حسب ساعت شبانه‌روزی</translation>
        </message>
        <message>
            <source>Work start in business hours</source>
            <translation>شروع رسیدگی بر حسب ساعت کاری</translation>
        </message>
        <message>
            <source>cheapest</source>
            <translation>ارزان‌ترین</translation>
        </message>
        <message>
            <source>fastest</source>
            <translation>سریع‌ترین</translation>
        </message>
        <message>
            <source>winner</source>
            <translation>برنده</translation>
        </message>
        <message>
            <source>cannot become the cheapest by this figure alone</source>
            <translation>فقط با این رقم ارزان‌ترین نمی‌شود</translation>
        </message>
        <message>
            <source>cannot become the fastest by this figure alone</source>
            <translation>فقط با این رقم سریع‌ترین نمی‌شود</translation>
        </message>
        <message>
            <source>cannot become the winner by this figure alone</source>
            <translation>فقط با این رقم برنده نمی‌شود</translation>
        </message>
        <message>
            <source>already the cheapest, whatever this figure</source>
            <translation>هم‌اکنون ارزان‌ترین است، این رقم هر چه باشد</translation>
        </message>
        <message>
            <source>already the fastest, whatever this figure</source>
            <translation>هم‌اکنون سریع‌ترین است، این رقم هر چه باشد</translation>
        </message>
        <message>
            <source>already the winner, whatever this figure</source>
            <translation>هم‌اکنون برنده است، این رقم هر چه باشد</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or less</source>
            <translation>هم‌اکنون ارزان‌ترین است؛ با {value} یا کمتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>already the cheapest; stays so at {value} or more</source>
            <translation>هم‌اکنون ارزان‌ترین است؛ با {value} یا بیشتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or less</source>
            <translation>هم‌اکنون سریع‌ترین است؛ با {value} یا کمتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>already the fastest; stays so at {value} or more</source>
            <translation>هم‌اکنون سریع‌ترین است؛ با {value} یا بیشتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or less</source>
            <translation>هم‌اکنون برنده است؛ با {value} یا کمتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>already the winner; stays so at {value} or more</source>
            <translation>هم‌اکنون برنده است؛ با {value} یا بیشتر نیز چنین می‌ماند</translation>
        </message>
        <message>
            <source>the cheapest at {value} or less (now {current})</source>
            <translation>ارزان‌ترین با {value} یا کمتر (اکنون {current})</translation>
        </message>
        <message>
            <source>the cheapest at {value} or more (now {current})</source>
            <translation>ارزان‌ترین با {value} یا بیشتر (اکنون {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or less (now {current})</source>
            <translation>سریع‌ترین با {value} یا کمتر (اکنون {current})</translation>
        </message>
        <message>
            <source>the fastest at {value} or more (now {current})</source>
            <translation>سریع‌ترین با {value} یا بیشتر (اکنون {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or less (now {current})</source>
            <translation>برنده با {value} یا کمتر (اکنون {current})</translation>
        </message>
        <message>
            <source>the winner at {value} or more (now {current})</source>
            <translation>برنده با {value} یا بیشتر (اکنون {current})</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points.</source>
            <translation>{plan}: رتبهٔ {rank} از {count}، {score} امتیاز.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: it wins, {gap} ahead of {other}.</source>
            <translation>{plan}: رتبهٔ {rank} از {count}، {score} امتیاز: برنده است، {gap} امتیاز جلوتر از {other}.</translation>
        </message>
        <message>
            <source>{plan}: rank {rank} of {count}, {score} points: {gap} behind the winner, {other}.</source>
            <translation>{plan}: رتبهٔ {rank} از {count}، {score} امتیاز: {gap} امتیاز عقب‌تر از برنده، {other}.</translation>
        </message>
        <message>
            <source>Clause {clause}</source>
            <translation>بند {clause}</translation>
        </message>
        <message>
            <source>Your terms</source>
            <translation>شرایط شما</translation>
        </message>
        <message>
            <source>{clause}: “{label}” is priced by quote. What would a typical request of this kind cost, and how soon is the quote given?</source>
            <translation>{clause}: «{label}» طبق پیش‌فاکتور قیمت‌گذاری می‌شود. هزینهٔ یک درخواست معمول از این نوع چقدر است و پیش‌فاکتور ظرف چه مدتی ارائه می‌شود؟</translation>
        </message>
        <message>
            <source>{clause}: the terms mention “{label}” but give no price. What do you charge (rate, billing increment, minimum charge)?</source>
            <translation>{clause}: در شرایط به «{label}» اشاره شده، اما قیمتی ذکر نشده است. هزینهٔ آن چقدر است (نرخ، واحد محاسبه، حداقل مبلغ)؟</translation>
        </message>
        <message>
            <source>{clause}: the terms do not say this; we assumed: {reading} Is that right, and if not, what applies?</source>
            <translation>{clause}: شرایط در این باره چیزی نمی‌گوید؛ ما چنین فرض کردیم: {reading} آیا این درست است؟ اگر نه، چه چیزی ملاک است؟</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Or do they mean: {other} Which reading applies?</source>
            <translation>{clause}: برداشت ما از شرایط این است: {reading} یا منظور این است: {other} کدام برداشت درست است؟</translation>
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Which reading applies?</source>
            <translation>{clause}: برداشت ما از شرایط این است: {reading} کدام برداشت درست است؟</translation>
        </message>
        <message>
            <source>unknown: about {count} tickets a year of this plan have no price</source>
            <translation>نامعلوم: حدود {count} تیکت در سال در این طرح قیمت ندارند</translation>
        </message>
        <message>
            <source>not measured (no alternative reading is given in the contract file)</source>
            <translation>اندازه‌گیری نشده (در پروندهٔ قرارداد برداشت دیگری داده نشده است)</translation>
        </message>
        <message>
            <source>no effect on yearly costs (times may change)</source>
            <translation>بدون اثر بر هزینه‌های سالانه (ممکن است زمان‌ها تغییر کنند)</translation>
        </message>
        <message>
            <source>moves a yearly cost by up to {amount}</source>
            <translation>هزینهٔ سالانه را تا {amount} تغییر می‌دهد</translation>
        </message>
        <message>
            <source>{effect}; changes the winner to {plans}</source>
            <translation>{effect}؛ برنده را به {plans} تغییر می‌دهد</translation>
        </message>
        <message>
            <source>no measurable effect</source>
            <translation>بدون اثر قابل‌اندازه‌گیری</translation>
        </message>
        <message>
            <source>no value: the prices that need it show as not stated</source>
            <translation>بدون مقدار: قیمت‌هایی که به آن نیاز دارند «ذکرنشده» نمایش داده می‌شوند</translation>
        </message>
        <message>
            <source>unknown: the plan cannot be priced without it</source>
            <translation>نامعلوم: بدون آن نمی‌توان برای طرح قیمت تعیین کرد</translation>
        </message>
        <message>
            <source>{value} {unit} (the contract file's default)</source>
            <translation>{value} {unit} (پیش‌فرض پروندهٔ قرارداد)</translation>
        </message>
        <message>
            <source>{description} What is the figure for us?</source>
            <translation>{description} این رقم برای ما چقدر است؟</translation>
        </message>
        <message>
            <source>covered</source>
            <translation>تحت پوشش</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>خارج از پوشش</translation>
        </message>
        <message>
            <source>quote required</source>
            <translation>نیاز به پیش‌فاکتور</translation>
        </message>
        <message>
            <source>always</source>
            <translation>همیشه</translation>
        </message>
        <message>
            <source>{first}, {second}</source>
            <translation>{first}، {second}</translation>
        </message>
        <message>
            <source>severity {severities}</source>
            <translation>سطح اهمیت {severities}</translation>
        </message>
        <message>
            <source>cause: {causes}</source>
            <translation>علت: {causes}</translation>
        </message>
        <message>
            <source>reported in office hours</source>
            <translation>گزارش در ساعات اداری</translation>
        </message>
        <message>
            <source>reported outside office hours</source>
            <translation>گزارش خارج از ساعات اداری</translation>
        </message>
        <message>
            <source>reported on a business day by {time}</source>
            <translation>گزارش در روز کاری تا ساعت {time}</translation>
        </message>
        <message>
            <source>the fault is at most {hours} old</source>
            <translation>مدت وجود مشکل حداکثر {hours}</translation>
        </message>
        <message>
            <source>the fault is over {hours} old</source>
            <translation>مدت وجود مشکل بیش از {hours}</translation>
        </message>
        <message>
            <source>vendor work at most {hours}</source>
            <translation>زمان کار ارائه‌دهنده حداکثر {hours}</translation>
        </message>
        <message>
            <source>vendor work over {hours}</source>
            <translation>زمان کار ارائه‌دهنده بیش از {hours}</translation>
        </message>
        <message>
            <source>work asked for outside office hours</source>
            <translation>کار خارج از ساعات اداری درخواست شده</translation>
        </message>
        <message>
            <source>work in office hours</source>
            <translation>کار در ساعات اداری</translation>
        </message>
        <message>
            <source>on site</source>
            <translation>در محل مشتری</translation>
        </message>
        <message>
            <source>remote</source>
            <translation>از راه دور</translation>
        </message>
        <message>
            <source>the fix ships in a release</source>
            <translation>رفع مشکل با نسخهٔ جدید منتشر می‌شود</translation>
        </message>
        <message>
            <source>no release needed</source>
            <translation>نیازی به انتشار نسخه نیست</translation>
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation>{value} {unit}</translation>
        </message>
        <message>
            <source>below about {value}</source>
            <translation>کمتر از حدود {value}</translation>
        </message>
        <message>
            <source>above about {value}</source>
            <translation>بیشتر از حدود {value}</translation>
        </message>
        <message>
            <source>{tried} ({sign}{change} of {value})</source>
            <translation>{tried} ({sign}{change} نسبت به {value})</translation>
        </message>
        <message>
            <source>exchange rate of {currency}</source>
            <translation>نرخ ارز {currency}</translation>
        </message>
        <message>
            <source>{currency} {change} weaker against {other}</source>
            <translation>{currency} به میزان {change} ضعیف‌تر در برابر {other}</translation>
        </message>
        <message>
            <source>{currency} {change} stronger against {other}</source>
            <translation>{currency} به میزان {change} قوی‌تر در برابر {other}</translation>
        </message>
        <message>
            <source>ticket volume</source>
            <translation>تعداد تیکت‌ها</translation>
        </message>
        <message>
            <source>{count} tickets a month ({factor}× the profile)</source>
            <translation>{count} تیکت در ماه ({factor} برابر نمایه)</translation>
        </message>
        <message>
            <source>equal yearly cost at about {count} tickets a month</source>
            <translation>هزینهٔ سالانهٔ برابر در حدود {count} تیکت در ماه</translation>
        </message>
        <message>
            <source>cheaper at every volume from {low} to {high} tickets a month</source>
            <translation>ارزان‌تر در همهٔ حجم‌ها از {low} تا {high} تیکت در ماه</translation>
        </message>
        <message>
            <source>dearer at every volume from {low} to {high} tickets a month</source>
            <translation>گران‌تر در همهٔ حجم‌ها از {low} تا {high} تیکت در ماه</translation>
        </message>
        <message>
            <source>The terms say nothing about this.</source>
            <translation>شرایط قرارداد در این باره چیزی نمی‌گوید.</translation>
        </message>
        <message>
            <source>{when} ({after}, {kind})</source>
            <translation>{when} ({after}، {kind})</translation>
        </message>
        <message>
            <source>{when} ({after})</source>
            <translation>{when} ({after})</translation>
        </message>
        <message>
            <source> (clause {clause})</source>
            <translation> (بند {clause})</translation>
        </message>
        <message>
            <source>by quote</source>
            <translation>طبق پیش‌فاکتور</translation>
        </message>
        <message>
            <source>{known} + {reason}</source>
            <translation>{known} + {reason}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>بدون قیمت</translation>
        </message>
        <message>
            <source>{currency} {basis}</source>
            <translation>{basis} ({currency})</translation>
        </message>
        <message>
            <source>Fee/yr {currency}</source>
            <translation>حق اشتراک سالانه ({currency})</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>رفع مشکل</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>انتشار نسخه</translation>
        </message>
        <message>
            <source>Cost ({basis}, vendor's currency)</source>
            <translation>هزینه ({basis}، به ارز ارائه‌دهنده)</translation>
        </message>
        <message>
            <source>Plan fee</source>
            <translation>حق اشتراک طرح</translation>
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation>ناخالص (با ارزش افزوده)</translation>
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation>خالص (بدون ارزش افزوده)</translation>
        </message>
        <message>
            <source>Times are each vendor's local time, with the time after the report; kinds other than a commitment are named (average, goal, estimate).</source>
            <translation>زمان‌ها به وقت محلی هر ارائه‌دهنده و همراه با مدت سپری‌شده از گزارش است؛ نوع زمان، جز در مورد تعهد، ذکر شده است (میانگین، هدف، برآورد).</translation>
        </message>
        <message>
            <source>Amounts are {basis}.</source>
            <translation>مبالغ: {basis}.</translation>
        </message>
        <message>
            <source>Converted to {currency} at the rates of {date} (base {base}).</source>
            <translation>تبدیل‌شده به {currency} با نرخ‌های ارز {date} (پایه {base}).</translation>
        </message>
        <message>
            <source>{vendor}, plan {plan}</source>
            <translation>{vendor}، طرح {plan}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ندارد</translation>
        </message>
        <message>
            <source>{amount} / year</source>
            <translation>{amount} در سال</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>بحرانی</translation>
        </message>
        <message>
            <source>high</source>
            <translation>مهم</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>معمولی</translation>
        </message>
        <message>
            <source>low</source>
            <translation>کم‌اهمیت</translation>
        </message>
        <message>
            <source>a fault in the vendor's product</source>
            <translation>ایراد در محصول ارائه‌دهنده</translation>
        </message>
        <message>
            <source>caused by the customer</source>
            <translation>ناشی از مشتری</translation>
        </message>
        <message>
            <source>no fault</source>
            <translation>بدون ایراد</translation>
        </message>
        <message>
            <source>a change request</source>
            <translation>درخواست تغییر</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>تعهد</translation>
        </message>
        <message>
            <source>average</source>
            <translation>میانگین</translation>
        </message>
        <message>
            <source>goal</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>برآورد</translation>
        </message>
        <message>
            <source>best effort</source>
            <translation>حداکثر تلاش</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>دوشنبه</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>سه‌شنبه</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>چهارشنبه</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>پنجشنبه</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>جمعه</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>شنبه</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>یکشنبه</translation>
        </message>
        <message>
            <source>{first}/{second}</source>
            <translation>{first}/{second}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} یا {second}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} روز</translation>
        </message>
    </context>
</TS>
