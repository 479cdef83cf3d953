<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en_US">
    <context>
        <name>AnnualPanel</name>
        <message>
            <source>Critical tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share vendor defect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share customer caused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share no fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share change request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported from (zone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort, median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Effort, 90th percentile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share reported outside office hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share asking for after-hours work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share needing a release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On-site visits a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours per visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workload profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vary around the mean (Poisson)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exactly these numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> simulated years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost by ticket volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile is not valid: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profiles (*.yaml *.yml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the profile: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulating: {what}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The simulation failed: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of date: simulating the edited inputs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{years} years simulated (seed {seed}), {tickets} tickets a year on average.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CellTableModel</name>
        <message>
            <source>Missing: {missing}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clauses: {clauses}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComparisonSession</name>
        <message>
            <source>Change the workload profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the decision criteria</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContractEditor</name>
        <message>
            <source>Contracts (*.yaml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holidays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor's Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where My Draft Stands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. K1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stated | interpreted | assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how this reads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower-case id, e.g. acme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in its language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>he, no, sv…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 4217, e.g. NOK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Europe/Oslo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;VAT&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0.25 for 25 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prices include VAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true/false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office hours per weekday, e.g. 09:00-17:00 (empty: closed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business day (hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the longest day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 3166</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD, YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added closed days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Vendor's &amp;Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The words are not in the vendor's text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract validates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} problem(s), as `validate` says:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every clause quotes the vendor's text exactly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found word for word in the vendor's text: {clauses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termscope — Contract Editor — {name}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timezone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (YAML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock (YAML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quotas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Causes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pricing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Increment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate parameter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fixed | percent_of_parameter | parameter_multiple (empty: no fee)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fixed: amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>percent_of_parameter: percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multiple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parameter_multiple: multiple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the parameter it is taken of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>year | month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clause id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stated | interpreted | assumed | not_stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid YAML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: not valid YAML</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CriteriaDialog</name>
        <message>
            <source>Decision criteria (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected year (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical work starts within … h (P90)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On-site visits available (critical)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ticket without a price (at most … %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost (P90) at most …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of the yearly cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must-haves (a plan that fails one ranks after all that pass)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far the decision is pushed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each exchange rate moved by ±</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each parameter moved by ±</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applied: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionJob</name>
        <message>
            <source>Yearly costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volumes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
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
        <message>
            <source>step %v of %m</source>
            <translation>مرحلهٔ %v از %m</translation>
        </message>
        <message>
            <source>Ranking of the plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working out the decision: {years} simulated years of the profile “{profile}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ranking appears here when the yearly simulation is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of date: your last edit is being worked into the decision. Before it: {headline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked on the {basis} · profile “{profile}”, {volume} tickets a month, {years} simulated years · {criteria}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working: {step}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision cannot be worked out: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FrozenColumnTableView</name>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns shown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Termscope: a short guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termscope reads each vendor's support terms as a model and shows, for one support request at a time, when each vendor would respond, start work, finish and release the fix, and what it would cost. Every figure is traced back to a clause of the vendor's own text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Contracts&lt;/b&gt; (left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vendors and their plans. Tick a plan to compare it. Each plan shows its currency, its time zone and how many of its values are &lt;i&gt;assumed&lt;/i&gt; or &lt;i&gt;not stated&lt;/i&gt; by the vendor. &lt;i&gt;File → Open Contract…&lt;/i&gt; (or drop a file on the window) adds a contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Decision&lt;/b&gt; (tab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which offer to take, and why. The headline names the winner, its score and its lead over the runner-up; below it, how sure that is. The ranking lists every plan with its yearly cost under the workload profile (fee plus usage, in the comparison currency), the share of tickets it prices, its score and the must-haves it fails. &lt;i&gt;What would flip the winner&lt;/i&gt; lists the changes tried (other readings of a clause, each parameter, the exchange rates, the volume) and which change the winner; &lt;i&gt;Break-even volumes&lt;/i&gt; says at how many tickets a month a rival becomes cheaper; &lt;i&gt;Questions for each vendor&lt;/i&gt; lists what to ask before signing. &lt;i&gt;Profile…&lt;/i&gt; and &lt;i&gt;Criteria…&lt;/i&gt; (Ctrl+K) change what the decision weighs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Scenarios&lt;/b&gt; (tab, and the list on the left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The support requests to compare: add, duplicate, rename (double-click), delete and reorder them. The form above the table edits the selected one: when it was reported and in which time zone, severity, cause, effort, hours on site, the issue's age, after-hours work, and whether the fix needs a release. Every edit recomputes the comparison at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Comparison&lt;/b&gt; (the Scenarios tab's table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One row per plan for the selected scenario. Click a column header to sort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Why&lt;/b&gt; (bottom right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell of the comparison to see the rules behind it: the clause, the vendor's own words, an English reading and the values used. Readings that are assumed or interpreted are marked, with a link to change the parameters they depend on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (bottom left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One lane per plan from the report to each milestone, with each vendor's office hours shaded, so you see where nights, weekends and holidays stretch a promise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Workload&lt;/b&gt; (tab)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Years of tickets drawn from a workload profile, run through every compared plan: the yearly cost range (P10, median, P90), included hours used, tickets not covered, and a break-even chart of cost against tickets a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to read a result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Response, Work start, Resolution, Release&lt;/b&gt; are shown in the vendor's local time, with the time since the report and a kind: &lt;i&gt;commitment&lt;/i&gt; (promised), &lt;i&gt;average&lt;/i&gt; or &lt;i&gt;goal&lt;/i&gt; (the vendor aims for it), or &lt;i&gt;estimate&lt;/i&gt; (worked out by Termscope, e.g. work start plus the effort in the vendor's working hours). A dash means the terms say nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Status&lt;/b&gt;: &lt;i&gt;covered&lt;/i&gt;; &lt;i&gt;not covered&lt;/i&gt; (the plan refuses part of the request: out of scope, not in this package, quota used up); &lt;i&gt;quote required&lt;/i&gt; (the vendor prices a part by quote).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Net, Gross&lt;/b&gt; are in the vendor's currency; the next column converts to the comparison currency at the dated exchange rates. A price the vendor does not state is written out as &lt;i&gt;not stated&lt;/i&gt;, never counted as 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Plan fee&lt;/b&gt; is the yearly or monthly fee of the plan, apart from the cost of the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The best value of each column is shaded green. Hover over a cell for the cost lines and the clauses behind them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parameters, comparison currency and exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decision criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>undo / redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export to Excel / PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save, open a comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same engine runs from the command line: &lt;code&gt;termscope --help&lt;/code&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termscope guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Hebrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Norwegian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swedish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract · plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumed / not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{stated} stated, {interpreted} interpreted, {assumed} assumed, {not_stated} not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop comparing {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contracts and plans</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termscope comparisons (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract files (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comparison has unsaved changes. Save them before closing?</source>
            <translation type="unfinished" />
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
            <source>&amp;Undo {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;واگرد</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;انجام دوباره</translation>
        </message>
        <message>
            <source>Comparison of the plans for the selected scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vendor currencies</source>
            <translation>ارزهای فروشندگان</translation>
        </message>
        <message>
            <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
            <translation>{plans} طرح · {scenarios} سناریو · مقایسه به {currency} · نرخ‌های ارز {date} (پایه {base}) · شبیه‌سازی در {ms} میلی‌ثانیه</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بی‌نام</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open contract {contract}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loaded {vendor} from {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contract file is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to {file}: {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {path} without the decision: it is being worked out again for your last edit. Export again when the Decision tab is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {path} with the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Termscope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT support contracts as executable models: what each vendor would do and charge, side by side, every number traced to a clause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contract sources:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParametersDialog</name>
        <message>
            <source> (assumed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (not stated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison, parameters and currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>who the comparison is prepared for (shown on exports)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not supplied: prices that need it show as not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{description}
Unit: {unit}. Default: {default}{note}. Clause {clause}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison currency and exchange rates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (vendor currencies only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Converted amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rates of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units of each currency per 1 {base}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{contract}: {name} must be a number of 0 or more, not {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the rate of {code} must be a number above 0</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlainWords</name>
        <message>
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source> years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where Does My Draft Stand?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the rivals and run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price to beat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rivals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it loses (against the winner or the runner-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The price to beat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The draft has problems; fix them first (see the Problems list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one rival.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulating {years} years of {profile} for {count} rivals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}, {years} years, {count} rivals, costs in {currency}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RangeChart</name>
        <message>
            <source>billions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>millions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thousands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every plan has tickets without a stated price: the bars show the known part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* has tickets without a stated price: the bar shows the known part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost range chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulating the profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost in {currency}: P10 – P90, median marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The yearly cost range of each plan, being simulated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{plan}: {currency} {p10} to {p90} a year, median {p50}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(some costs not stated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost in {currency}, P10 to P90 with the median, per plan.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source>Fault in the vendor's product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caused by the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No fault (question, mistaken report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change request (new work)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>effort hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on site hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>issue age hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>requires release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fault age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fault existed for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work asked for outside the vendor's hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fix ships in a software release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a scenario to compare the plans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} is at most {maximum} h: {typed} h was taken as {maximum} h.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {field}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioList</name>
        <message>
            <source>{reported}, {severity}, {cause}, {effort} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate the selected scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move scenario</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcePanel</name>
        <message>
            <source>Text (*.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the vendor's terms (a text file) or paste them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English reading of the selected words (optional now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make Clause from Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentences no clause quotes yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Vendor's Terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the vendor's words first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause {clause} quotes the selected words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentences no clause quotes yet ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clauses no rule cites yet: {clauses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline of the milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plans to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vendor's office hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported {when}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>No plans are compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision is being worked out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost by ticket volume chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost in {currency} by tickets a month, from {low} to {high}; the profile has {volume}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{plan} (the winner): {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{plan}: {low} to {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{plan} becomes cheaper at {tickets} tickets a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost in {currency} (unpriced tickets loaded) by tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tickets a month (log scale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>profile: {volume}/month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>break-even {tickets}/month</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhyPanel</name>
        <message>
            <source>assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interpreted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell of the comparison to see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change parameters and assumed values…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost lines</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>{statistic} {milestone}, {tickets}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>critical tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{milestone} within {hours} h ({statistic}, {tickets})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on-site visits available for {severities} tickets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every ticket has a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most {share} of tickets without a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yearly cost ({percentile}) at most {currency} {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yearly cost {share}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speed {share}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coverage {share}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; must-haves: {knockouts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plans are compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No plan meets every must-have; the closest is {plan} ({failed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an expected year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a {stat} year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{plan} wins with {score} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: it is the only plan compared ({money} in {year}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it costs {money} in {year} against {theirs}, tickets without a price loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it prices {mine} of tickets against {theirs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; but {share} of its tickets have no known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}, {margin} ahead of {runner}: {reason}{tail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {mine} h, where the runner-up's terms state none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {mine} h against {theirs} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is faster ({measures})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it scores higher on speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change was tried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The winner holds under all {count} changes tried.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no winner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} (→ {winner})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The winner holds under {held} of {count} changes tried; it changes with {shown}{more}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the terms state no time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} of tickets without a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} ({causes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} (known part only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{known} known + {load} loaded for {count} tickets a year without a price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × lowest / this plan's yearly cost ({statistic}, {basis}); unknown prices loaded at the highest usage cost per ticket of the plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gross</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{measure}: not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{measure}: {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × fastest / this plan's, per measure (a time not stated scores 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{before}; {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} of tickets at a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{covered}; refused: {causes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × share of tickets covered at a known price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor · plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee / year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage / year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P10–P90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must-haves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{known} + {share} unpriced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{detail}. Ranked on {loaded} loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yearly cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{part}: {points} points × {weight} ({value}; {basis})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fails: {failed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a parameter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low}–{high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The 10th and 90th percentile of the simulated years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly cost: the fee plus usage under the profile “{profile}”, {statistic} of {years} simulated years, {basis}, in {currency} at the rates of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A plan with tickets it refuses or does not price shows the known part; it is ranked on the cost with those tickets loaded at {rate} each (the highest usage cost per priced ticket among the plans).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score: {criteria}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Winner then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest yearly change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it flips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{winner} (flips)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flips} of {count} changes flip the winner; {held} leave it in place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What would flip the winner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even tickets / month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none in range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (known prices, loaded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile has {count} tickets a month; the winner's yearly cost equals the rival's at the volume shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break-even volumes of {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>assumed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>interpreted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not supplied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We assume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for each vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{statistic} yearly cost, {basis}, in {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios × plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} · {cost}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work start: {start}
Cost: {cost}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios × plans: work start · cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not covered a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No price a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ({share})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} (incomplete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{median} / {p90}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A year of support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clause {clause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clause}: “{label}” is priced by quote. What would a typical request of this kind cost, and how soon is the quote given?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clause}: the terms mention “{label}” but give no price. What do you charge (rate, billing increment, minimum charge)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clause}: the terms do not say this; we assumed: {reading} Is that right, and if not, what applies?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Or do they mean: {other} Which reading applies?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{clause}: we read the terms as: {reading} Which reading applies?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown: about {count} tickets a year of this plan have no price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not measured (no alternative reading is given in the contract file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no effect on yearly costs (times may change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moves a yearly cost by up to {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{effect}; changes the winner to {plans}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no measurable effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no value: the prices that need it show as not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown: the plan cannot be priced without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} {unit} (the contract file's default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{description} What is the figure for us?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quote required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below about {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above about {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tried} ({sign}{change} of {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exchange rate of {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} {change} weaker against {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} {change} stronger against {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ticket volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} tickets a month ({factor}× the profile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>equal yearly cost at about {count} tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cheaper at every volume from {low} to {high} tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dearer at every volume from {low} to {high} tickets a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>best effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The terms say nothing about this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} ({after}, {kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} ({after})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (clause {clause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs parameter {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{known} + {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} {basis}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fee/yr {currency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost ({basis}, vendor's currency)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} / year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gross (with VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>net (before VAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times are each vendor's local time, with the time after the report; kinds other than a commitment are named (average, goal, estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts are {basis}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Converted to {currency} at the rates of {date} (base {base}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{days} d</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
