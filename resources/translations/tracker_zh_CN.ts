<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>1M</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>3个月</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>6个月</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>3Y</source>
        <translation>3年</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>5年</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Moving average 20</source>
        <translation>20日均线</translation>
    </message>
    <message>
        <source>Moving average 50</source>
        <translation>50日均线</translation>
    </message>
    <message>
        <source>Moving average 200</source>
        <translation>200日均线</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Dividends</source>
        <translation>股息</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>财报</translation>
    </message>
    <message>
        <source>Buyback quarters</source>
        <translation>回购季度</translation>
    </message>
    <message>
        <source>Conversions and transfers</source>
        <translation>转换与转仓</translation>
    </message>
    <message>
        <source>Show all bars</source>
        <translation>显示全部K线</translation>
    </message>
    <message>
        <source>Show year to date</source>
        <translation>显示年初至今</translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation>显示最近{span}</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>K线</translation>
    </message>
    <message>
        <source>Candlesticks: open, high, low, close</source>
        <translation>K线：开盘、最高、最低、收盘</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <source>A line through the closes</source>
        <translation>收盘价连线</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logarithmic price scale: equal heights for equal % moves</source>
        <translation>对数价格坐标：相同涨跌幅高度相同</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>Moving averages, your trades and cost, company events</source>
        <translation>均线、您的交易与成本、公司事件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>价格走势图</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Your position: market value against money invested, and P&amp;L</source>
        <translation>您的持仓：市值与投入资金对比，以及盈亏</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>溢价</translation>
    </message>
    <message>
        <source>BABA&apos;s premium or discount to 8 × the 9988.HK close ÷ USD/HKD, day by day</source>
        <translation>BABA 相对 8 × 9988.HK 收盘价 ÷ 美元兑港元汇率的每日溢价或折价</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>股息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转仓</translation>
    </message>
    <message>
        <source>buy {quantity} {symbol} on {day}</source>
        <translation>{day} 买入 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>sell {quantity} {symbol} on {day}</source>
        <translation>{day} 卖出 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>dividend {amount} {symbol} on {day}</source>
        <translation>{day} {symbol} 股息 {amount}</translation>
    </message>
    <message>
        <source>fee {amount} {symbol} on {day}</source>
        <translation>{day} {symbol} 费用 {amount}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day}</source>
        <translation>{day} 转仓 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {source} to {target} on {day}</source>
        <translation>{day} 将 {quantity} {source} 转换为 {target}</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>持仓成本</translation>
    </message>
    <message>
        <source>Stale price</source>
        <translation>过时价格</translation>
    </message>
    <message>
        <source>Dividends (net)</source>
        <translation>股息（净额）</translation>
    </message>
    <message>
        <source>The day&apos;s rate</source>
        <translation>当日汇率</translation>
    </message>
    <message>
        <source>Declared dividend</source>
        <translation>宣派股息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Total return at cost</source>
        <translation>按成本计的总回报</translation>
    </message>
    <message>
        <source>Annualized</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告区间</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>最大回撤</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Closed lot</source>
        <translation>已平仓批次</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>Order within a day</source>
        <translation>同日内的顺序</translation>
    </message>
    <message>
        <source>Market prices</source>
        <translation>市场价格</translation>
    </message>
    <message>
        <source>ADS↔HK conversion</source>
        <translation>ADS↔港股转换</translation>
    </message>
    <message>
        <source>The combined stake</source>
        <translation>两地合并持仓</translation>
    </message>
    <message>
        <source>2019 share subdivision</source>
        <translation>2019 年股份拆细</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Filter: type a term or any word of its definition</source>
        <translation>筛选：输入术语或其定义中的任意词</translation>
    </message>
    <message>
        <source>Filter the glossary</source>
        <translation>筛选术语表</translation>
    </message>
    <message>
        <source>Translated from the README&apos;s definitions; the filter finds English words too.</source>
        <translation>译自 README 中的定义；筛选也能按英文词查找。</translation>
    </message>
    <message>
        <source>{shown} of {total} definitions</source>
        <translation>{total} 条定义中的 {shown} 条</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Follows an Alibaba position across BABA (NYSE) and 9988.HK (HKEX), offline.</source>
        <translation>离线跟踪您在 BABA（纽交所）和 9988.HK（港交所）的阿里巴巴持仓。</translation>
    </message>
    <message>
        <source>Hover any figure for its definition; Help ▸ Glossary lists them all.</source>
        <translation>将鼠标悬停在任一数字上可查看其定义；帮助 ▸ 术语表列出全部定义。</translation>
    </message>
    <message>
        <source>About Tracker</source>
        <translation>关于 Tracker</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty database and switch to it</source>
        <translation>创建一个空数据库并切换到它</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Switch to another Tracker database</source>
        <translation>切换到另一个 Tracker 数据库</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to its backups folder</source>
        <translation>将经过校验的数据库副本写入其备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups (checked first; the current one is saved)</source>
        <translation>用某个备份替换数据库（先校验；当前数据库会被保存）</translation>
    </message>
    <message>
        <source>Import &amp;prices…</source>
        <translation>导入价格(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a daily price CSV (Yahoo, Stooq, Nasdaq, Investing.com)</source>
        <translation>导入日线价格 CSV（Yahoo、Stooq、Nasdaq、Investing.com）</translation>
    </message>
    <message>
        <source>Import &amp;trades…</source>
        <translation>导入交易(&amp;T)…</translation>
    </message>
    <message>
        <source>Import trades from a CSV file</source>
        <translation>从 CSV 文件导入交易</translation>
    </message>
    <message>
        <source>&amp;Update prices</source>
        <translation>更新价格(&amp;U)</translation>
    </message>
    <message>
        <source>Fetch the daily bars each listing lacks from the price provider (the only time Tracker goes online)</source>
        <translation>从行情提供方获取各上市股份缺少的日线（Tracker 仅在此时联网）</translation>
    </message>
    <message>
        <source>Price pro&amp;viders…</source>
        <translation>价格数据源(&amp;V)…</translation>
    </message>
    <message>
        <source>Add d&amp;ividend…</source>
        <translation>添加股息(&amp;I)…</translation>
    </message>
    <message>
        <source>New ben&amp;chmark…</source>
        <translation>新建基准(&amp;C)…</translation>
    </message>
    <message>
        <source>Chart &amp;{symbol}</source>
        <translation>图表(&amp;{symbol})</translation>
    </message>
    <message>
        <source>Provider, addresses and timeout for Update prices</source>
        <translation>“更新价格”使用的提供方、地址和超时</translation>
    </message>
    <message>
        <source>&amp;Export trades CSV…</source>
        <translation>导出交易 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every trade to a CSV file that Import trades reads back</source>
        <translation>将全部交易写入“导入交易”可读回的 CSV 文件</translation>
    </message>
    <message>
        <source>Export &amp;all activities…</source>
        <translation>导出全部活动(&amp;A)…</translation>
    </message>
    <message>
        <source>Write every trade, dividend, fee, conversion and corporate action to one CSV or JSON file that Import trades reads back</source>
        <translation>把每笔交易、股息、费用、转换和公司行动写入一个 CSV 或 JSON 文件，导入交易可读回</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Tracker</source>
        <translation>退出 Tracker</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;transactions</source>
        <translation>转到交易表(&amp;T)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the transactions table</source>
        <translation>把键盘焦点移到交易表</translation>
    </message>
    <message>
        <source>&amp;New trade…</source>
        <translation>新建交易(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a buy or a sell</source>
        <translation>记录一笔买入或卖出</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected transaction (or double-click it)</source>
        <translation>修改所选记录（或双击它）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected transactions (asks first)</source>
        <translation>删除所选记录（会先确认）</translation>
    </message>
    <message>
        <source>Record a dividend payment</source>
        <translation>记录一笔股息</translation>
    </message>
    <message>
        <source>Add &amp;fee…</source>
        <translation>添加费用(&amp;F)…</translation>
    </message>
    <message>
        <source>Record a standalone fee: custody, ADS depositary fee, ...</source>
        <translation>记录一笔单独的费用：托管费、ADS 存托费等</translation>
    </message>
    <message>
        <source>&amp;Convert ADS ↔ HK shares…</source>
        <translation>美国存托股 ↔ 港股转换(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a conversion between BABA ADS and 9988.HK shares</source>
        <translation>记录 BABA 美国存托股与 9988.HK 股份之间的转换</translation>
    </message>
    <message>
        <source>&amp;About Tracker</source>
        <translation>关于 Tracker(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>How every figure is computed, searchable</source>
        <translation>每个数字的计算方法，可搜索</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window&apos;s commands</source>
        <translation>窗口中所有命令的按键</translation>
    </message>
    <message>
        <source>Realized &amp;gains…</source>
        <translation>已实现盈亏(&amp;G)…</translation>
    </message>
    <message>
        <source>Closed lots and realized gains by calendar or tax year</source>
        <translation>按日历年或纳税年度列出已平仓批次和已实现盈亏</translation>
    </message>
    <message>
        <source>Add an index or ETF (SPY, KWEB, ^HSI) to compare with</source>
        <translation>添加用于比较的指数或 ETF（SPY、KWEB、^HSI）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Trades</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Export all activities</source>
        <translation>导出全部活动</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Exported {0:,} activities to {1}</source>
        <translation>已导出 {0:,} 项活动到 {1}</translation>
    </message>
    <message>
        <source>Max drawdown &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation>最大回撤 &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>now {rate}</source>
        <translation>当前 {rate}</translation>
    </message>
    <message>
        <source>volatility {rate} over the period ({yearly} a year)</source>
        <translation>区间波动率 {rate}（年化 {yearly}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum drawdown&lt;/b&gt;: the largest fall of the TWR index from its highest point so far, (peak − trough) ÷ peak, with the peak&apos;s and the trough&apos;s dates; the period&apos;s opening counts as a peak. &lt;b&gt;Now&lt;/b&gt;: the fall from the highest point to the last day. &lt;b&gt;Volatility&lt;/b&gt; (Portfolio Performance&apos;s): the standard deviation of the daily log returns ln(1 + rₜ) over the period, scaled to its length: √(n · Σ(ln(1 + rₜ) − mean)² ÷ (n − 1)) for n daily returns. &lt;b&gt;A year&lt;/b&gt;: the daily standard deviation × √252.</source>
        <translation>&lt;b&gt;最大回撤&lt;/b&gt;：TWR 指数从此前最高点下跌的最大幅度，(峰值 − 谷值) ÷ 峰值，并附峰值和谷值的日期；区间起点也算作一个峰值。&lt;b&gt;当前&lt;/b&gt;：从最高点到最后一天的跌幅。&lt;b&gt;波动率&lt;/b&gt;（Portfolio Performance 的定义）：区间内每日对数收益 ln(1 + rₜ) 的标准差，按区间长度缩放：n 个日收益时为 √(n · Σ(ln(1 + rₜ) − 平均值)² ÷ (n − 1))。&lt;b&gt;年化&lt;/b&gt;：日标准差 × √252。</translation>
    </message>
    <message>
        <source>Bought {quantity} at {price}</source>
        <translation>以 {price} 买入 {quantity}</translation>
    </message>
    <message>
        <source>Sold {quantity} at {price}</source>
        <translation>以 {price} 卖出 {quantity}</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>必须小于 {limit}</translation>
    </message>
    <message>
        <source>not a date: use YYYY-MM-DD</source>
        <translation>不是日期：请使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>不能超过 {limit}</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>不能小于 {limit}</translation>
    </message>
    <message>
        <source>write the number without an exponent (1000, not 1e3)</source>
        <translation>请不要用指数写法（写 1000，而不是 1e3）</translation>
    </message>
    <message>
        <source>use a dot for decimals and commas only between groups of three digits (1,234.50)</source>
        <translation>小数点请用“.”，逗号只能用于三位一组的分隔（1,234.50）</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>请输入日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>no such date {text}</source>
        <translation>没有这个日期 {text}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} 是未来日期</translation>
    </message>
    <message>
        <source>{day} is before {year}</source>
        <translation>{day} 早于 {year} 年</translation>
    </message>
    <message>
        <source>{day} is before {symbol} first traded on {first}</source>
        <translation>{day} 早于 {symbol} 首个交易日 {first}</translation>
    </message>
    <message>
        <source>sell of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 卖出 {quantity} {symbol}，超过当时持有的 {held}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 转换 {quantity} {symbol}，超过当时持有的 {held}</translation>
    </message>
    <message>
        <source>{symbol} trades in {currency}, not {other}</source>
        <translation>{symbol} 以 {currency} 交易，不是 {other}</translation>
    </message>
    <message>
        <source>use USD, HKD or CNY</source>
        <translation>请使用 USD、HKD 或 CNY</translation>
    </message>
    <message>
        <source>{amount} hundred million US dollars</source>
        <translation>{amount}亿美元</translation>
    </message>
    <message>
        <source>{amount} ten thousand US dollars</source>
        <translation>{amount}万美元</translation>
    </message>
    <message>
        <source>{amount} US dollars</source>
        <translation>{amount}美元</translation>
    </message>
    <message>
        <source>{amount} hundred million</source>
        <translation>{amount}亿</translation>
    </message>
    <message>
        <source>{amount} ten thousand</source>
        <translation>{amount}万</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Primary source: read in Alibaba&apos;s own filing or results release.</source>
        <translation>一手来源：取自阿里巴巴本身的公告或业绩公布。</translation>
    </message>
    <message>
        <source>Secondary source: at least one figure comes from a news report, aggregator, translation or machine-written summary. Check it against Alibaba&apos;s filing.</source>
        <translation>二手来源：至少有一个数字来自新闻报道、数据汇总网站、译文或机器生成的摘要。请与阿里巴巴的公告核对。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>{quarter} results (estimated), {session}</source>
        <translation>{quarter}业绩（预计），{session}</translation>
    </message>
    <message>
        <source>{quarter} results (announced), {session}</source>
        <translation>{quarter}业绩（已公布日期），{session}</translation>
    </message>
    <message>
        <source>{quarter} results, {session}</source>
        <translation>{quarter}业绩，{session}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Buyback {quarter}</source>
        <translation>回购 {quarter}</translation>
    </message>
    <message>
        <source>Buyback program</source>
        <translation>回购计划</translation>
    </message>
    <message>
        <source>{amount} repurchased ({count} ADS)</source>
        <translation>回购 {amount}（{count} 股 ADS）</translation>
    </message>
    <message>
        <source>{count} ADS outstanding</source>
        <translation>流通 ADS {count} 股</translation>
    </message>
    <message>
        <source>{amount} authorization left</source>
        <translation>剩余授权 {amount}</translation>
    </message>
    <message>
        <source>program size {amount}</source>
        <translation>计划规模 {amount}</translation>
    </message>
    <message>
        <source>total not stated</source>
        <translation>未公布总额</translation>
    </message>
    <message>
        <source>through {end}</source>
        <translation>有效期至 {end}</translation>
    </message>
    <message>
        <source>{month}: {change}; through {end}</source>
        <translation>{month}：{change}；有效期至 {end}</translation>
    </message>
    <message>
        <source>new program</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>upsized from {before}</source>
        <translation>由 {before} 上调</translation>
    </message>
    <message>
        <source>{added} more (to {after})</source>
        <translation>增加 {added}（至 {after}）</translation>
    </message>
    <message>
        <source>{added} more</source>
        <translation>增加 {added}</translation>
    </message>
    <message>
        <source>two years from {month}</source>
        <translation>自 {month} 起两年</translation>
    </message>
    <message>
        <source>the end of {year}</source>
        <translation>{year} 年底</translation>
    </message>
    <message>
        <source>{month} (the end of fiscal year {year})</source>
        <translation>{month}（{year} 财年末）</translation>
    </message>
    <message>
        <source>{month}</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>{figure} (median of {count} brokers)</source>
        <translation>{figure}（{count} 家券商预测的中位数）</translation>
    </message>
    <message>
        <source>{figure} (adjusted)</source>
        <translation>{figure}（经调整）</translation>
    </message>
    <message>
        <source>{figure} (adjusted, per ADS)</source>
        <translation>{figure}（经调整，每股 ADS）</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>special</source>
        <translation>特别</translation>
    </message>
    <message>
        <source>{year} {kinds} dividend</source>
        <translation>{year}{kinds}股息</translation>
    </message>
    <message>
        <source>Ex-dividend: {title}</source>
        <translation>除息：{title}</translation>
    </message>
    <message>
        <source>{amount} per ADS</source>
        <translation>每股 ADS {amount}</translation>
    </message>
    <message>
        <source>{amount} per share</source>
        <translation>每股 {amount}</translation>
    </message>
    <message>
        <source> ({parts})</source>
        <translation>（{parts}）</translation>
    </message>
    <message>
        <source>record date {day}</source>
        <translation>登记日 {day}</translation>
    </message>
    <message>
        <source>record date not sourced</source>
        <translation>登记日无来源</translation>
    </message>
    <message>
        <source>pay date {day}</source>
        <translation>派息日 {day}</translation>
    </message>
    <message>
        <source>pay date not sourced</source>
        <translation>派息日无来源</translation>
    </message>
    <message>
        <source>Hong Kong ex-date not sourced: the ADS ex-date is shown</source>
        <translation>港股除息日无来源：显示的是 ADS 的除息日</translation>
    </message>
    <message>
        <source>No dividend Alibaba declared went ex in the {days} days up to {day}</source>
        <translation>截至 {day} 的 {days} 天内，阿里巴巴宣派的股息都没有除息</translation>
    </message>
    <message>
        <source>the nearest is the {title} (ex-date {day})</source>
        <translation>最近的是{title}（除息日 {day}）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>You held no {symbol} at the {title}&apos;s ex-date {day}: only units held before the ex-date receive it.</source>
        <translation>{title}的除息日 {day} 你没有持有 {symbol}：只有除息日之前持有的股份才能获派。</translation>
    </message>
    <message>
        <source>a Tracker window (process {pid})</source>
        <translation>一个 Tracker 窗口（进程 {pid}）</translation>
    </message>
    <message>
        <source>another tracker command (process {pid})</source>
        <translation>另一个 tracker 命令（进程 {pid}）</translation>
    </message>
    <message>
        <source>{count} of the 4 quarters to {day} have no amount</source>
        <translation>截至 {day} 的 4 个季度中有 {count} 个没有金额</translation>
    </message>
    <message>
        <source>name the currency the dividend was credited in</source>
        <translation>请填写股息入账的币种</translation>
    </message>
    <message>
        <source>{name} is the account every activity without one belongs to; rename it instead</source>
        <translation>{name} 是所有未指定账户的活动所属的账户；请改为重命名</translation>
    </message>
    <message>
        <source>{name} still holds activities; delete or move them first</source>
        <translation>{name} 仍有活动；请先删除或移走它们</translation>
    </message>
    <message>
        <source>an account named {name} already exists</source>
        <translation>已有名为 {name} 的账户</translation>
    </message>
    <message>
        <source>ambiguous date {text}: use YYYY-MM-DD</source>
        <translation>日期 {text} 有歧义：请使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{day} is a weekend, when {exchange} does not trade</source>
        <translation>{day} 是周末，{exchange} 不交易</translation>
    </message>
    <message>
        <source>{day} is a weekday {exchange} was closed (a holiday)</source>
        <translation>{day} 是{exchange}休市的工作日（假期）</translation>
    </message>
    <message>
        <source>sell of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 卖出 {quantity} {symbol}，超过 {account} 当时持有的 {held}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 转换 {quantity} {symbol}，超过 {account} 当时持有的 {held}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 转仓 {quantity} {symbol}，超过 {account} 当时持有的 {held}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 转仓 {quantity} {symbol}，超过当时持有的 {held}</translation>
    </message>
    <message>
        <source>{symbol} trades in {currency}</source>
        <translation>{symbol} 以 {currency} 交易</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or HKD</source>
        <translation>请使用三个字母的代码，例如 USD 或 HKD</translation>
    </message>
    <message>
        <source>unknown listing {symbol}</source>
        <translation>未知的上市证券 {symbol}</translation>
    </message>
    <message>
        <source>unknown listing</source>
        <translation>未知的上市证券</translation>
    </message>
    <message>
        <source>a symbol is required (BABA or 9988.HK)</source>
        <translation>必须填写代码（BABA 或 9988.HK）</translation>
    </message>
    <message>
        <source>89988 is the renminbi-traded counter of the same Hong Kong shares: a separate line with its own prices, which this app does not track; record the trade as 9988.HK only if it was in HKD</source>
        <translation>89988 是同一批港股的人民币交易柜台：有自己价格的独立柜台，本应用不跟踪；只有以港元成交时才记为 9988.HK</translation>
    </message>
    <message>
        <source>must be buy or sell (also B/S, Bought/Sold, 买入/卖出, 買入/賣出)</source>
        <translation>必须是买入或卖出（也可写 B/S、Bought/Sold、买入/卖出、買入/賣出）</translation>
    </message>
    <message>
        <source>must be buy or sell</source>
        <translation>必须是买入或卖出</translation>
    </message>
    <message>
        <source>is {length} characters long; keep it under {limit}</source>
        <translation>长 {length} 个字符；请少于 {limit} 个</translation>
    </message>
    <message>
        <source>holds bytes that are not UTF-8 text; retype it or save the file as UTF-8</source>
        <translation>含有不是 UTF-8 文本的字节；请重新输入，或把文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>{amount} in {currency} cannot be shown on {symbol} ({other}): use USD or HKD</source>
        <translation>{currency} 金额 {amount} 无法计入 {symbol}（{other}）：请使用 USD 或 HKD</translation>
    </message>
    <message>
        <source>withholding tax and fee ({deducted}) exceed the gross dividend ({gross})</source>
        <translation>预扣税和费用（{deducted}）超过股息总额（{gross}）</translation>
    </message>
    <message>
        <source>net {net} {currency} x {rate} is {amount} {other}, not the {received} received; give one of the two and the other is derived</source>
        <translation>净额 {net} {currency} x {rate} 为 {amount} {other}，不是实收的 {received}；两者只填其一，另一个会自动推算</translation>
    </message>
    <message>
        <source>both listings trade in {currency}, so the rate is 1</source>
        <translation>两只上市证券都以 {currency} 交易，所以汇率为 1</translation>
    </message>
    <message>
        <source>a transfer moves units to another account; both are {account}</source>
        <translation>转仓是把股份转到另一个账户；两边都是 {account}</translation>
    </message>
    <message>
        <source>a transfer fee on {symbol} is in {currency}</source>
        <translation>{symbol} 的转仓费用以 {currency} 计</translation>
    </message>
    <message>
        <source>the dividend was declared in {currency}; a received amount is for a dividend credited in another currency</source>
        <translation>该股息以 {currency} 宣派；实收金额只用于以另一种货币入账的股息</translation>
    </message>
    <message>
        <source>converting {symbol} into itself changes nothing</source>
        <translation>把 {symbol} 转换成它自己没有任何变化</translation>
    </message>
    <message>
        <source>a conversion exchanges ADS for ordinary shares or back; {symbol} and {other} are both {kind}</source>
        <translation>转换是 ADS 与普通股之间的互换；{symbol} 和 {other} 都是{kind}</translation>
    </message>
    <message>
        <source>leave it out rather than empty</source>
        <translation>请不填，而不是留空</translation>
    </message>
    <message>
        <source>use one of {choices} or none</source>
        <translation>请使用 {choices} 之一，或不填</translation>
    </message>
    <message>
        <source>starts or ends with a space</source>
        <translation>开头或结尾有空格</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>holds a control character (a line break, a tab, ...)</source>
        <translation>含有控制字符（换行、制表符等）</translation>
    </message>
    <message>
        <source>an account needs a name</source>
        <translation>账户需要名称</translation>
    </message>
    <message>
        <source>another account has the broker id {name}</source>
        <translation>另一个账户已使用券商编号 {name}</translation>
    </message>
    <message>
        <source>no account with id {id} (known: {known})</source>
        <translation>没有编号为 {id} 的账户（现有：{known}）</translation>
    </message>
    <message>
        <source>no account with id {id}</source>
        <translation>没有编号为 {id} 的账户</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>请选择 {choices} 之一</translation>
    </message>
    <message>
        <source>unknown account {name} (known: {known})</source>
        <translation>未知的账户 {name}（现有：{known}）</translation>
    </message>
    <message>
        <source>no trade with id {id}</source>
        <translation>没有编号为 {id} 的交易</translation>
    </message>
    <message>
        <source>a {kind} to change needs its id</source>
        <translation>要修改的{kind}需要编号</translation>
    </message>
    <message>
        <source>no {kind} with id {id} (deleted elsewhere?)</source>
        <translation>没有编号为 {id} 的{kind}（已在别处删除？）</translation>
    </message>
    <message>
        <source>{kind} {id} was changed elsewhere since (it now reads {now}); nothing was done</source>
        <translation>{kind} {id} 之后已在别处修改（现为 {now}）；未作任何改动</translation>
    </message>
    <message>
        <source>an entry with id {id} already exists; nothing was done</source>
        <translation>编号为 {id} 的条目已存在；未作任何改动</translation>
    </message>
    <message>
        <source>no results stored for {quarter}</source>
        <translation>没有 {quarter} 的业绩记录</translation>
    </message>
    <message>
        <source>an event to update needs its id</source>
        <translation>要更新的业绩记录需要编号</translation>
    </message>
    <message>
        <source>no results event with id {id}</source>
        <translation>没有编号为 {id} 的业绩记录</translation>
    </message>
    <message>
        <source>{quarter} is bundled reference data and cannot be deleted; revert it to undo your edit</source>
        <translation>{quarter} 是内置的参考数据，不能删除；要撤销你的修改，请还原该行</translation>
    </message>
    <message>
        <source>{quarter} is bundled reference data and cannot be deleted</source>
        <translation>{quarter} 是内置的参考数据，不能删除</translation>
    </message>
    <message>
        <source>only an edited bundled row can be reverted</source>
        <translation>只有修改过的内置行才能还原</translation>
    </message>
    <message>
        <source>{quarter} is no longer in the bundled data</source>
        <translation>内置数据中已没有 {quarter}</translation>
    </message>
    <message>
        <source>use the form FY2026Q3 (fiscal years end 31 March)</source>
        <translation>请使用 FY2026Q3 这样的格式（财年于 3 月 31 日结束）</translation>
    </message>
    <message>
        <source>the release comes after the quarter ends ({day})</source>
        <translation>业绩在季度结束（{day}）之后才公布</translation>
    </message>
    <message>
        <source>use before or after (the US market open)</source>
        <translation>请使用 before 或 after（美股开盘前或收盘后）</translation>
    </message>
    <message>
        <source>must be more than 0 (RMB billion)</source>
        <translation>必须大于 0（十亿元人民币）</translation>
    </message>
    <message>
        <source>must be more than 0 (US$ billion)</source>
        <translation>必须大于 0（十亿美元）</translation>
    </message>
    <message>
        <source>must be more than 0 (RMB per ADS)</source>
        <translation>必须大于 0（每股 ADS 人民币）</translation>
    </message>
    <message>
        <source>{quarter} ends on {day}</source>
        <translation>{quarter} 于 {day} 结束</translation>
    </message>
    <message>
        <source>{quarter} is already stored; edit that row instead</source>
        <translation>{quarter} 已有记录；请改为编辑该行</translation>
    </message>
    <message>
        <source>between 0 and 60 days</source>
        <translation>介于 0 到 60 天之间</translation>
    </message>
    <message>
        <source>no buyback figures for {day}</source>
        <translation>没有 {day} 的回购数字</translation>
    </message>
    <message>
        <source>enter at least one figure for the quarter</source>
        <translation>请至少填写该季度的一个数字</translation>
    </message>
    <message>
        <source>that quarter has not ended yet</source>
        <translation>该季度尚未结束</translation>
    </message>
    <message>
        <source>must be the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec)</source>
        <translation>必须是日历季度的最后一天（3 月 31 日、6 月 30 日、9 月 30 日或 12 月 31 日）</translation>
    </message>
    <message>
        <source>{symbol} is already a series</source>
        <translation>{symbol} 已经是一个序列</translation>
    </message>
    <message>
        <source>use 1 to 20 letters, digits or . ^ = _ - (such as SPY or ^HSI)</source>
        <translation>请使用 1 到 20 个字母、数字或 . ^ = _ -（例如 SPY 或 ^HSI）</translation>
    </message>
    <message>
        <source>cannot read {path}: no such file</source>
        <translation>无法读取 {path}：文件不存在</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot write {path} ({problem})</source>
        <translation>无法写入 {path}（{problem}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation>{path}：无法写入（{problem}）</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {problem}</source>
        <translation>无法恢复到 {path}：{problem}</translation>
    </message>
    <message>
        <source>larger than {size} MiB; split it first</source>
        <translation>大于 {size} MiB；请先拆分</translation>
    </message>
    <message>
        <source>is {size} MB; at most {limit} MB can be imported at once (split it into several files)</source>
        <translation>大小为 {size} MB；一次最多可导入 {limit} MB（请拆分成几个文件）</translation>
    </message>
    <message>
        <source>is over {size} MB; split it into several files</source>
        <translation>超过 {size} MB；请拆分成几个文件</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8 CSV (in Excel: CSV UTF-8)</source>
        <translation>不是 UTF-8 文本；请把文件另存为 UTF-8 CSV（在 Excel 中：CSV UTF-8）</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {count}); save the file as UTF-8 CSV (in Excel: CSV UTF-8)</source>
        <translation>不是 UTF-8 文本（第 {count} 个字节）；请把文件另存为 UTF-8 CSV（在 Excel 中：CSV UTF-8）</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {count})</source>
        <translation>不是 UTF-8 文本（第 {count} 个字节）</translation>
    </message>
    <message>
        <source>holds NUL bytes: not a text CSV file (UTF-16 without a byte-order mark, or binary data); save it as UTF-8 CSV</source>
        <translation>含有 NUL 字节：不是文本 CSV 文件（没有字节顺序标记的 UTF-16，或二进制数据）；请另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <source>a line is longer than {limit} characters: not a CSV file of prices or trades</source>
        <translation>有一行超过 {limit} 个字符：不是价格或交易的 CSV 文件</translation>
    </message>
    <message>
        <source>not UTF-16 text after its byte-order mark; save the file as UTF-8 CSV</source>
        <translation>字节顺序标记之后不是 UTF-16 文本；请把文件另存为 UTF-8 CSV</translation>
    </message>
    <message>
        <source>no price rows found</source>
        <translation>没有找到价格行</translation>
    </message>
    <message>
        <source>{path} is this database&apos;s own file, not a file to import; choose a price or trade file</source>
        <translation>{path} 是本数据库自己的文件，不是要导入的文件；请选择价格或交易文件</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its -wal/-shm or lock): choose another file name</source>
        <translation>{path} 就是数据库本身（或其 -wal/-shm 或锁文件）：请换一个文件名</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its -wal/-shm): choose another file name</source>
        <translation>{path} 就是数据库本身（或其 -wal/-shm）：请换一个文件名</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its journal): choose another file</source>
        <translation>{path} 就是数据库本身（或其日志）：请选择另一个文件</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup to restore from</source>
        <translation>{path} 就是数据库本身：请选择一个备份来恢复</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name inside it</source>
        <translation>{path} 是文件夹：请给出其中的文件名</translation>
    </message>
    <message>
        <source>{path} is a folder: give the backup a file name, e.g. {example}</source>
        <translation>{path} 是文件夹：请为备份指定文件名，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file inside it, e.g. {example}</source>
        <translation>{path} 是文件夹：请给出其中的数据库文件，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is beside {other}: that file may be a database in use. Choose another file name, or delete the -wal/-shm files if nothing uses it</source>
        <translation>{path} 旁边有 {other}：该文件可能是正在使用的数据库。请换一个文件名；如果没有程序在使用，可删除那些 -wal/-shm 文件</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} 是文件夹，不是备份文件</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a Tracker backup</source>
        <translation>{path} 是空数据库，不是 Tracker 备份</translation>
    </message>
    <message>
        <source>{path} is not a presets file Tracker can read ({problem}); move it aside and save the presets again</source>
        <translation>{path} 不是 Tracker 能读取的预设文件（{problem}）；请把它移开，然后重新保存预设</translation>
    </message>
    <message>
        <source>a preset needs a name of 1 to {limit} characters</source>
        <translation>预设需要 1 到 {limit} 个字符的名称</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as Date,Open,High,Low,Close,Volume</source>
        <translation>文件是空的；应有表头行，例如 Date,Open,High,Low,Close,Volume</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as date,symbol,side,quantity,price,fee</source>
        <translation>文件是空的；应有表头行，例如 date,symbol,side,quantity,price,fee</translation>
    </message>
    <message>
        <source>the file is empty; expected an IBKR Flex statement</source>
        <translation>文件是空的；应为 IBKR Flex 结单</translation>
    </message>
    <message>
        <source>not a well-formed CSV file: {problem}</source>
        <translation>不是格式正确的 CSV 文件：{problem}</translation>
    </message>
    <message>
        <source>a quoted cell runs over several lines</source>
        <translation>一个带引号的单元格跨越了多行</translation>
    </message>
    <message>
        <source>{count} fields where the header has {columns} columns</source>
        <translation>有 {count} 个字段，而表头有 {columns} 列</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a field that never closes</source>
        <translation>一个引号（&quot;）开始的字段没有结束</translation>
    </message>
    <message>
        <source>columns not recognised as a Yahoo, Stooq, Nasdaq or Investing.com file; give a column mapping for date, open, high, low, close and volume</source>
        <translation>无法把各列识别为 Yahoo、Stooq、Nasdaq 或 Investing.com 的文件；请为日期、开盘、最高、最低、收盘和成交量指定列映射</translation>
    </message>
    <message>
        <source>choose a column for {columns}</source>
        <translation>请为 {columns} 选择一列</translation>
    </message>
    <message>
        <source>column not found: {columns}</source>
        <translation>找不到列：{columns}</translation>
    </message>
    <message>
        <source>missing column: {columns} (expected {expected})</source>
        <translation>缺少列：{columns}（应为 {expected}）</translation>
    </message>
    <message>
        <source>missing column: {columns}</source>
        <translation>缺少列：{columns}</translation>
    </message>
    <message>
        <source>no price on this row ({columns} empty or null)</source>
        <translation>这一行没有价格（{columns} 为空或 null）</translation>
    </message>
    <message>
        <source>unknown role {role}; roles are {roles}</source>
        <translation>未知的角色 {role}；可用的角色为 {roles}</translation>
    </message>
    <message>
        <source>unknown role (use {roles})</source>
        <translation>未知的角色（请使用 {roles}）</translation>
    </message>
    <message>
        <source>the generic format needs a column mapping (date, open, high, low, close, volume)</source>
        <translation>通用格式需要列映射（日期、开盘、最高、最低、收盘、成交量）</translation>
    </message>
    <message>
        <source>no price rows after the header</source>
        <translation>表头之后没有价格行</translation>
    </message>
    <message>
        <source>no trades after the header</source>
        <translation>表头之后没有交易</translation>
    </message>
    <message>
        <source>duplicate bar: same {when} as line {line}</source>
        <translation>重复的 K 线：与第 {line} 行的 {when} 相同</translation>
    </message>
    <message>
        <source>a column is required</source>
        <translation>必须选择一列</translation>
    </message>
    <message>
        <source>not a date in {order} order</source>
        <translation>不是 {order} 顺序的日期</translation>
    </message>
    <message>
        <source>map a price column or an amount column</source>
        <translation>请映射价格列或金额列</translation>
    </message>
    <message>
        <source>use YMD, DMY or MDY</source>
        <translation>请使用 YMD、DMY 或 MDY</translation>
    </message>
    <message>
        <source>use . or ,</source>
        <translation>请使用 . 或 ,</translation>
    </message>
    <message>
        <source>looks like a comma decimal; choose the , separator</source>
        <translation>看起来以逗号作小数点；请选择 , 作分隔符</translation>
    </message>
    <message>
        <source>the file has no column {column} (it has: {columns})</source>
        <translation>文件没有 {column} 列（现有：{columns}）</translation>
    </message>
    <message>
        <source>every activity must be an object</source>
        <translation>每项活动都必须是一个对象</translation>
    </message>
    <message>
        <source>no activities in the file</source>
        <translation>文件中没有活动</translation>
    </message>
    <message>
        <source>not a Tracker JSON export ({problem})</source>
        <translation>不是 Tracker 的 JSON 导出文件（{problem}）</translation>
    </message>
    <message>
        <source>use one of {choices}</source>
        <translation>请使用 {choices} 之一</translation>
    </message>
    <message>
        <source>must be BUY or SELL (a cancelled execution is not imported)</source>
        <translation>必须是 BUY 或 SELL（已取消的成交不会导入）</translation>
    </message>
    <message>
        <source>the commission is in {currency}, the trade in {other}; a trade&apos;s fee is kept in the listing&apos;s currency</source>
        <translation>佣金以 {currency} 计，交易以 {other} 计；交易费用以该上市证券的货币记录</translation>
    </message>
    <message>
        <source>a split of {factor} on {day} is not plausible</source>
        <translation>{day} 的 {factor} 拆股不合理</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a Flex statement has no DOCTYPE; this file declares one, which is refused (it could pull in other files)</source>
        <translation>Flex 结单没有 DOCTYPE；此文件声明了一个，已拒绝（它可能引入其他文件）</translation>
    </message>
    <message>
        <source>entity declarations are refused (got {text})</source>
        <translation>拒绝实体声明（输入的是 {text}）</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <translation>无法读取：{problem}</translation>
    </message>
    <message>
        <source>not well-formed XML: {problem}</source>
        <translation>不是格式正确的 XML：{problem}</translation>
    </message>
    <message>
        <source>not an IBKR Flex statement (its root is &lt;{root}&gt;, expected &lt;FlexQueryResponse&gt;)</source>
        <translation>不是 IBKR Flex 结单（其根元素是 &lt;{root}&gt;，应为 &lt;FlexQueryResponse&gt;）</translation>
    </message>
    <message>
        <source>not a date IBKR writes (yyyyMMdd, yyyy-MM-dd or dd-MMM-yy); set the Flex query&apos;s date format to yyyyMMdd</source>
        <translation>不是 IBKR 使用的日期格式（yyyyMMdd、yyyy-MM-dd 或 dd-MMM-yy）；请把 Flex 查询的日期格式设为 yyyyMMdd</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): adjusted and raw bars would mix</source>
        <translation>已存储的 {total} 个 {symbol} 收盘价中有 {count} 个相差一个稳定的系数（{low}–{high}）：复权与未复权的 K 线会混在一起</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): prices at another scale (per share against per ADS, or in another currency)</source>
        <translation>已存的 {total} 个 {symbol} 收盘价中有 {count} 个相差同一固定倍数（{low}–{high}）：价格的单位不同（每股与每 ADS，或另一种货币）</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ from the new ones by over 1% (by {gap} at the median), not by one steady factor: another listing&apos;s or series&apos; prices?</source>
        <translation>已存的 {total} 个 {symbol} 收盘价中有 {count} 个与新数据相差超过 1%（中位数相差 {gap}），且不是同一固定倍数：是否为另一上市地或另一序列的价格？</translation>
    </message>
    <message>
        <source>only amounts in USD or HKD are tracked</source>
        <translation>只跟踪以 USD 或 HKD 计的金额</translation>
    </message>
    <message>
        <source>not a fee of a holding</source>
        <translation>不是持仓的费用</translation>
    </message>
    <message>
        <source>not an Alibaba listing</source>
        <translation>不是阿里巴巴的上市证券</translation>
    </message>
    <message>
        <source>cash movements are not tracked</source>
        <translation>不跟踪资金进出</translation>
    </message>
    <message>
        <source>its dividend is not in this file</source>
        <translation>其股息不在此文件中</translation>
    </message>
    <message>
        <source>what it reverses is not in this file; correct the stored entry by hand</source>
        <translation>它冲销的记录不在此文件中；请手动更正已存储的条目</translation>
    </message>
    <message>
        <source>cancels {amount} of line {line}</source>
        <translation>冲销第 {line} 行的 {amount}</translation>
    </message>
    <message>
        <source>currency trades are not tracked</source>
        <translation>不跟踪货币兑换交易</translation>
    </message>
    <message>
        <source>{name} is not a share of BABA or 9988.HK</source>
        <translation>{name} 不是 BABA 或 9988.HK 的股份</translation>
    </message>
    <message>
        <source>only {symbol} in {currency} is tracked</source>
        <translation>只跟踪以 {currency} 计的 {symbol}</translation>
    </message>
    <message>
        <source>cancels the trade of line {line}</source>
        <translation>取消第 {line} 行的交易</translation>
    </message>
    <message>
        <source>cancels that trade if it was imported before</source>
        <translation>如果该交易之前已导入，则将其取消</translation>
    </message>
    <message>
        <source>not a trade: only trades are read from this file</source>
        <translation>不是交易：此文件只读取交易</translation>
    </message>
    <message>
        <source>the other account&apos;s lots are not in this statement: record it with tracker transfers add --symbol {symbol} --date {day} --quantity {quantity} --from-account {giver} --to-account {receiver} (after that account&apos;s own trades)</source>
        <translation>另一个账户的批次不在此结单中：请在该账户自己的交易之后，用 tracker transfers add --symbol {symbol} --date {day} --quantity {quantity} --from-account {giver} --to-account {receiver} 记录</translation>
    </message>
    <message>
        <source>{text}: not applied on its own; record it with the import (--record-splits), or: tracker splits add --symbol {symbol} --date {day} --factor {factor}</source>
        <translation>{text}：不会单独应用；可随导入一并记录（--record-splits），或运行 tracker splits add --symbol {symbol} --date {day} --factor {factor}</translation>
    </message>
    <message>
        <source>{text}: not applied on its own</source>
        <translation>{text}：不会单独应用</translation>
    </message>
    <message>
        <source>account fee ({text})</source>
        <translation>账户费用（{text}）</translation>
    </message>
    <message>
        <source>{name} withholding tax</source>
        <translation>{name} 预扣税</translation>
    </message>
    <message>
        <source>{name} dividends</source>
        <translation>{name} 股息</translation>
    </message>
    <message>
        <source>{name} payment in lieu of dividends</source>
        <translation>{name} 代付股息</translation>
    </message>
    <message>
        <source>{name} other fees</source>
        <translation>{name} 其他费用</translation>
    </message>
    <message>
        <source>{name} dividends in {currency}</source>
        <translation>{name} 以 {currency} 计的股息</translation>
    </message>
    <message>
        <source>{name} payment in lieu of dividends in {currency}</source>
        <translation>{name} 以 {currency} 计的代付股息</translation>
    </message>
    <message>
        <source>{name} withholding tax in {currency}</source>
        <translation>{name} 以 {currency} 计的预扣税</translation>
    </message>
    <message>
        <source>{name} other fees in {currency}</source>
        <translation>{name} 以 {currency} 计的其他费用</translation>
    </message>
    <message>
        <source>{name} currency trade</source>
        <translation>{name} 货币兑换交易</translation>
    </message>
    <message>
        <source>{name} trade in {currency} on {venue}</source>
        <translation>{name} 在 {venue} 以 {currency} 成交的交易</translation>
    </message>
    <message>
        <source>{name} trade</source>
        <translation>{name} 交易</translation>
    </message>
    <message>
        <source>{symbol} corporate action on {day}</source>
        <translation>{day} {symbol} 公司行动</translation>
    </message>
    <message>
        <source>{name} corporate action</source>
        <translation>{name} 公司行动</translation>
    </message>
    <message>
        <source>{symbol} transfer in of {quantity} on {day}</source>
        <translation>{day} 转入 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>{symbol} transfer out of {quantity} on {day}</source>
        <translation>{day} 转出 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>{name} transfer</source>
        <translation>{name} 转仓</translation>
    </message>
    <message>
        <source>{symbol} dividend reversal of {amount}</source>
        <translation>{symbol} 股息冲销 {amount}</translation>
    </message>
    <message>
        <source>{symbol} withholding tax reversal of {amount}</source>
        <translation>{symbol} 预扣税冲销 {amount}</translation>
    </message>
    <message>
        <source>{symbol} fee reversal of {amount}</source>
        <translation>{symbol} 费用冲销 {amount}</translation>
    </message>
    <message>
        <source>cancellation of IBKR trade {id}</source>
        <translation>取消 IBKR 交易 {id}</translation>
    </message>
    <message>
        <source>cancellation of IBKR trade (no origTradeID)</source>
        <translation>取消 IBKR 交易（无 origTradeID）</translation>
    </message>
    <message>
        <source>deposit or withdrawal ({text})</source>
        <translation>存入或提取（{text}）</translation>
    </message>
    <message>
        <source>deposit or withdrawal</source>
        <translation>存入或提取</translation>
    </message>
    <message>
        <source>{field} {value} {reason}</source>
        <translation>{field} {value} {reason}</translation>
    </message>
    <message>
        <source>{reason} (shown as unknown)</source>
        <translation>{reason}（显示为未知）</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is before {year}</source>
        <translation>早于 {year} 年</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>is not one of {choices}</source>
        <translation>不是 {choices} 之一</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>is not an account id</source>
        <translation>不是账户编号</translation>
    </message>
    <message>
        <source>is not a stored account</source>
        <translation>不是已存储的账户</translation>
    </message>
    <message>
        <source>not a number or out of range: {values}</source>
        <translation>不是数字或超出范围：{values}</translation>
    </message>
    <message>
        <source>not numbers or out of range</source>
        <translation>不是数字或超出范围</translation>
    </message>
    <message>
        <source>(an automatic backup from before the damage)</source>
        <translation>（损坏之前的自动备份）</translation>
    </message>
    <message>
        <source>(a corrected file replaces the bars it holds)</source>
        <translation>（更正后的文件会替换其中的 K 线）</translation>
    </message>
    <message>
        <source>(it replaces the stored quarter)</source>
        <translation>（它会替换已存储的季度）</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>{symbol} price bar {when}</source>
        <translation>{symbol} {when} 的 K 线</translation>
    </message>
    <message>
        <source>{count} more {symbol} price bars</source>
        <translation>另外 {count} 根 {symbol} K 线</translation>
    </message>
    <message>
        <source>buyback quarter {day}</source>
        <translation>回购季度 {day}</translation>
    </message>
    <message>
        <source>buyback program {day}</source>
        <translation>回购计划 {day}</translation>
    </message>
    <message>
        <source>declared dividend {year} {part}</source>
        <translation>宣派股息 {year} {part}</translation>
    </message>
    <message>
        <source>{quarter} results figure {field}</source>
        <translation>{quarter} 业绩数字 {field}</translation>
    </message>
    <message>
        <source>results event {id}</source>
        <translation>业绩记录 {id}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. {backups}</source>
        <translation>{path} 已损坏（{problem}）；未作任何改动。{backups}</translation>
    </message>
    <message>
        <source>{path} is not a Tracker database: it is not an SQLite database file at all. If it was your database, it is damaged beyond repair. {backups}</source>
        <translation>{path} 不是 Tracker 数据库：它根本不是 SQLite 数据库文件。如果它曾是你的数据库，则已损坏到无法修复。{backups}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Tracker database ({problem}); it was not changed.</source>
        <translation>{path} 是 SQLite 文件，但不是 Tracker 数据库（{problem}）；未作改动。</translation>
    </message>
    <message>
        <source>{path} is not a Tracker backup: it is not an SQLite database file; nothing was changed. A backup is a database file Tracker wrote; a CSV file of trades is read by Import trades (`tracker trades import` on the command line)</source>
        <translation>{path} 不是 Tracker 备份：它不是 SQLite 数据库文件；没有做任何更改。备份是 Tracker 写出的数据库文件；交易的 CSV 文件请用“导入交易”读取（命令行为 `tracker trades import`）</translation>
    </message>
    <message>
        <source>its {table} table lacks column {columns}</source>
        <translation>其 {table} 表缺少列 {columns}</translation>
    </message>
    <message>
        <source>its {table} table has unknown column {columns}</source>
        <translation>其 {table} 表有未知的列 {columns}</translation>
    </message>
    <message>
        <source>schema {version} has a {table} table, this file has none</source>
        <translation>结构版本 {version} 有 {table} 表，此文件没有</translation>
    </message>
    <message>
        <source>unknown schema version {version}</source>
        <translation>未知的结构版本 {version}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Tracker (schema {version}, this version knows {known}); update Tracker to open it, or restore an older backup. {backups}</source>
        <translation>{path} 由更新版本的 Tracker 写入（结构版本 {version}，本版本只认识 {known}）；请升级 Tracker 后再打开，或恢复较早的备份。{backups}</translation>
    </message>
    <message>
        <source>no database at {path}: check the path, or make a new database there (--create on the command line, File ▸ New database in the window)</source>
        <translation>{path} 没有数据库：请检查路径，或在那里新建数据库（命令行用 --create，窗口中用“文件 ▸ 新建数据库”）</translation>
    </message>
    <message>
        <source>the folder {path} is read-only: Tracker writes its journal ({name}-wal) and its backups beside the database. Make the folder writable, or copy the database to a writable folder and open the copy</source>
        <translation>文件夹 {path} 是只读的：Tracker 会在数据库旁边写入日志（{name}-wal）和备份。请让该文件夹可写，或把数据库复制到可写的文件夹并打开副本</translation>
    </message>
    <message>
        <source>the disk holding {path} is full (or the database reached its size limit): the change was not saved and the database is as it was. Free some space and try again</source>
        <translation>存放 {path} 的磁盘已满（或数据库已达到大小上限）：改动未保存，数据库保持原样。请腾出一些空间后重试</translation>
    </message>
    <message>
        <source>cannot write beside {path}: {problem}</source>
        <translation>无法在 {path} 旁边写入：{problem}</translation>
    </message>
    <message>
        <source>There are no automatic backups of it in {path}.</source>
        <translation>{path} 中没有它的自动备份。</translation>
    </message>
    <message>
        <source>Automatic backups are in {path} (newest: {name}, {taken}); restore one with `tracker restore FILE`.</source>
        <translation>自动备份位于 {path}（最新：{name}，{taken}）；可用“文件 ▸ 从备份恢复”或 `tracker restore FILE` 恢复。</translation>
    </message>
    <message>
        <source>the folder {path} does not exist: check the database path, or pass --create to make the folder and a new database in it</source>
        <translation>文件夹 {path} 不存在：请检查数据库路径，或使用 --create 创建该文件夹和其中的新数据库</translation>
    </message>
    <message>
        <source>{path} is read-only: Tracker cannot save to it. Make the file writable, or copy it to a writable folder and open the copy</source>
        <translation>{path} 是只读的：Tracker 无法保存到它。请让该文件可写，或把它复制到可写的文件夹并打开副本</translation>
    </message>
    <message>
        <source>cannot open {path} ({problem})</source>
        <translation>无法打开 {path}（{problem}）</translation>
    </message>
    <message>
        <source>cannot read or write {path}: the disk reported an error ({problem}). {backups}</source>
        <translation>无法读写 {path}：磁盘报告了错误（{problem}）。{backups}</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version of Tracker, which can only happen while no other Tracker is writing to it</source>
        <translation>{path} 需要升级到本版本的 Tracker，只有在没有其他 Tracker 正在写入时才能进行</translation>
    </message>
    <message>
        <source>{path} is in WAL mode and its {name}-wal cannot be read here (read-only folder): copy both files to a writable folder first</source>
        <translation>{path} 处于 WAL 模式，这里无法读取其 {name}-wal（只读文件夹）：请先把两个文件都复制到可写的文件夹</translation>
    </message>
    <message>
        <source>{reason}. Keep the database on this computer&apos;s own disk and write backups to that folder instead (File ▸ Back up now, or `tracker backup --to FOLDER/FILE`).</source>
        <translation>{reason}。请把数据库放在本机自己的磁盘上，改为把备份写到那个文件夹（“文件 ▸ 立即备份”，或 `tracker backup --to FOLDER/FILE`）。</translation>
    </message>
    <message>
        <source>the database is on a network file system ({name}), where file locks do not reliably reach every computer: two programs can then corrupt it</source>
        <translation>数据库位于网络文件系统（{name}）上，文件锁不能可靠地传到每台计算机：两个程序可能因此把它损坏</translation>
    </message>
    <message>
        <source>the database is in a folder that {name} synchronises: a sync client may replace the file while it is open, or copy it half-written</source>
        <translation>数据库位于 {name} 同步的文件夹中：同步客户端可能在文件打开时替换它，或复制写了一半的文件</translation>
    </message>
    <message>
        <source>give a number of seconds between 0 and 300</source>
        <translation>请填写 0 到 300 之间的秒数</translation>
    </message>
    <message>
        <source>{provider}: the answer for {symbol} holds bars that cannot be stored ({problem}); nothing was written</source>
        <translation>{provider}：{symbol} 的返回数据中有无法存储的 K 线（{problem}）；未写入任何内容</translation>
    </message>
    <message>
        <source>{provider}: the answer for {symbol} is not daily bars</source>
        <translation>{provider}：{symbol} 的返回数据不是日 K 线</translation>
    </message>
    <message>
        <source>{setting}: expected a base URL such as http://127.0.0.1:8765 (scheme and host), got {text}</source>
        <translation>{setting}：应为基础网址，例如 http://127.0.0.1:8765（协议和主机），输入的是 {text}</translation>
    </message>
    <message>
        <source>{setting}: a base URL has no query or fragment, got {text}</source>
        <translation>{setting}：基础网址不能带查询参数或片段，输入的是 {text}</translation>
    </message>
    <message>
        <source>{setting}: the port in {text} is not a number</source>
        <translation>{setting}：{text} 中的端口不是数字</translation>
    </message>
    <message>
        <source>{provider}: rate limited, try later (HTTP {status} on {count} tries)</source>
        <translation>{provider}：请求受限，请稍后再试（尝试 {count} 次均为 HTTP {status}）</translation>
    </message>
    <message>
        <source>{provider}: the answer is larger than {size} bytes</source>
        <translation>{provider}：返回数据大于 {size} 字节</translation>
    </message>
    <message>
        <source>{provider}: the answer stopped arriving (timed out)</source>
        <translation>{provider}：返回数据中断（超时）</translation>
    </message>
    <message>
        <source>{provider}: the connection broke while reading ({problem})</source>
        <translation>{provider}：读取时连接中断（{problem}）</translation>
    </message>
    <message>
        <source>{provider}: the server refused the request (HTTP {status} {problem})</source>
        <translation>{provider}：服务器拒绝了请求（HTTP {status} {problem}）</translation>
    </message>
    <message>
        <source>stooq: rate limited, try later (daily hits limit exceeded)</source>
        <translation>stooq：请求受限，请稍后再试（已超过每日访问次数上限）</translation>
    </message>
    <message>
        <source>stooq does not know the symbol {symbol}, or has no bars for those dates (it answered &apos;No data&apos;)</source>
        <translation>stooq 不认识代码 {symbol}，或没有这些日期的 K 线（返回“No data”）</translation>
    </message>
    <message>
        <source>stooq: the answer for {symbol} is not the expected daily CSV (it starts {text})</source>
        <translation>stooq：{symbol} 的返回数据不是预期的日线 CSV（开头为 {text}）</translation>
    </message>
    <message>
        <source>stooq: the answer for {symbol} holds intraday bars, not daily ones</source>
        <translation>stooq：{symbol} 的返回数据是日内 K 线，不是日 K 线</translation>
    </message>
    <message>
        <source>stooq does not know the symbol {symbol} (HTTP 404)</source>
        <translation>stooq 不认识代码 {symbol}（HTTP 404）</translation>
    </message>
    <message>
        <source>yahoo: the answer for {symbol} is not the expected chart data ({problem})</source>
        <translation>yahoo：{symbol} 的返回数据不是预期的图表数据（{problem}）</translation>
    </message>
    <message>
        <source>yahoo does not know the symbol {symbol} ({problem})</source>
        <translation>yahoo 不认识代码 {symbol}（{problem}）</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>上市股份</translation>
    </message>
    <message>
        <source>side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>税前金额</translation>
    </message>
    <message>
        <source>withholding tax</source>
        <translation>预扣税</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>received</source>
        <translation>入账金额</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>to account</source>
        <translation>转入账户</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>currency received</source>
        <translation>入账货币</translation>
    </message>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>broker id</source>
        <translation>券商编号</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>quarter end</source>
        <translation>季度末</translation>
    </message>
    <message>
        <source>period</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>fiscal quarter</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>session</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>revenue (US$)</source>
        <translation>收入（美元）</translation>
    </message>
    <message>
        <source>EPS consensus</source>
        <translation>EPS 市场预期</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>authorization left</source>
        <translation>剩余授权</translation>
    </message>
    <message>
        <source>close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>split factor</source>
        <translation>拆股比例</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>activity kind: trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>activity kind: dividend</source>
        <translation>股息</translation>
    </message>
    <message>
        <source>activity kind: fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>activity kind: conversion</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>activity kind: transfer</source>
        <translation>转仓</translation>
    </message>
    <message>
        <source>activity kind: ADS</source>
        <translation>ADS</translation>
    </message>
    <message>
        <source>activity kind: ORD</source>
        <translation>普通股</translation>
    </message>
    <message>
        <source>activity kind: account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>activity kind: listing</source>
        <translation>上市证券</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>{reason} (got {text})</source>
        <translation>{reason}（输入的是 {text}）</translation>
    </message>
    <message>
        <source>{what} skipped: {problem}; fix it with `{fix}`{hint}</source>
        <translation>已跳过{what}：{problem}；可用 `{fix}` 修复{hint}</translation>
    </message>
    <message>
        <source>primary source</source>
        <translation>一手来源</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>二手来源</translation>
    </message>
    <message>
        <source>Hong Kong dollars per US dollar</source>
        <translation>每美元兑港元</translation>
    </message>
    <message>
        <source>Chinese yuan per US dollar</source>
        <translation>每美元兑人民币</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>涨跌颜色(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Changing the language rebuilds the window and clears Undo</source>
        <translation>更改语言会重建窗口并清空撤销记录</translation>
    </message>
    <message>
        <source>Follow the language</source>
        <translation>跟随界面语言</translation>
    </message>
    <message>
        <source>Green up, red down</source>
        <translation>绿涨红跌</translation>
    </message>
    <message>
        <source>Red up, green down</source>
        <translation>红涨绿跌</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The language changes when Tracker restarts</source>
        <translation>语言将在 Tracker 重启后更改</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>语言：{language}</translation>
    </message>
    <message>
        <source>Both listings together: each amount in the chosen currency at the rate of its own day (USDHKD and USDCNY series; the previous rate when a day has none). A conversion between the listings is not money in or out: its lots keep their dates and cost.</source>
        <translation>两地上市合计：每笔金额按其当日汇率折算为所选币种（USDHKD 和 USDCNY 序列；某日没有汇率时用之前最近的汇率）。两地之间的转换不算资金流入或流出：其批次保留原日期和成本。</translation>
    </message>
    <message>
        <source>ADS-eq.</source>
        <translation>ADS 等值</translation>
    </message>
    <message>
        <source>Units of both listings as ADS: BABA ADS + 9988.HK shares ÷ 8 (1 ADS = 8 ordinary shares).</source>
        <translation>两地股份折算为 ADS：BABA ADS + 9988.HK 股数 ÷ 8（1 ADS = 8 股普通股）。</translation>
    </message>
    <message>
        <source>Cost / ADS-eq.</source>
        <translation>成本 / ADS 等值</translation>
    </message>
    <message>
        <source>Cost basis ÷ ADS-equivalents: each lot at the rate of the day it was bought.</source>
        <translation>持仓成本 ÷ ADS 等值：每个批次按其买入当日汇率折算。</translation>
    </message>
    <message>
        <source>Value / ADS-eq.</source>
        <translation>市值 / ADS 等值</translation>
    </message>
    <message>
        <source>Market value ÷ ADS-equivalents; below it, the date of the older of the two listings&apos; last prices.</source>
        <translation>市值 ÷ ADS 等值；下方为两地最新价中较早的那个日期。</translation>
    </message>
    <message>
        <source>Alibaba (both listings)</source>
        <translation>阿里巴巴（两地上市合计）</translation>
    </message>
    <message>
        <source>The currency of this card&apos;s money figures; remembered.</source>
        <translation>此卡片金额所用的币种；会被记住。</translation>
    </message>
    <message>
        <source>both listings</source>
        <translation>两地上市合计</translation>
    </message>
    <message>
        <source>Alibaba</source>
        <translation>阿里巴巴</translation>
    </message>
    <message>
        <source>BABA and 9988.HK as one holding, in the currency chosen beside it.</source>
        <translation>BABA 与 9988.HK 合并为一项持仓，以旁边所选币种计。</translation>
    </message>
    <message>
        <source>ADS premium: no day with closes of both listings</source>
        <translation>ADS 溢价：没有两地同时有收盘价的交易日</translation>
    </message>
    <message>
        <source>ADS premium {rate} on {day} (BABA {ads} vs {parity} USD)</source>
        <translation>{day} ADS 溢价 {rate}（BABA {ads}，折算 {parity} 美元）</translation>
    </message>
    <message>
        <source>ADS discount {rate} on {day} (BABA {ads} vs {parity} USD)</source>
        <translation>{day} ADS 折价 {rate}（BABA {ads}，折算 {parity} 美元）</translation>
    </message>
    <message>
        <source> ≈ 7.80 peg</source>
        <translation> ≈ 按 7.80 联系汇率</translation>
    </message>
    <message>
        <source>BABA {ads} against 8 × the 9988.HK close ÷ USDHKD = {parity} on {day}.</source>
        <translation>{day}：BABA {ads}，对比 8 × 9988.HK 收盘价 ÷ USDHKD = {parity}。</translation>
    </message>
    <message>
        <source>No USD/HKD rate was stored on or before that day: 7.80 was used.</source>
        <translation>该日及之前没有存储美元兑港元汇率：按 7.80 计算。</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <source>UK tax year (6 April)</source>
        <translation>英国纳税年度（4月6日起）</translation>
    </message>
    <message>
        <source>Hong Kong tax year (1 April)</source>
        <translation>香港课税年度（4月1日起）</translation>
    </message>
    <message>
        <source>Other start…</source>
        <translation>其他起始日…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>买入日</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>卖出日</translation>
    </message>
    <message>
        <source>Held (days)</source>
        <translation>持有天数</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>卖出所得</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回报率</translation>
    </message>
    <message>
        <source>The acquisition date of the lot the sell closed (kept across ADS↔HK conversions); &quot;pool&quot; with the moving-average method, whose pool has no single date.</source>
        <translation>该笔卖出平掉的批次的买入日期（经 ADS↔港股转换仍保留）；采用移动平均法时显示“合并持仓”，因为合并持仓没有单一日期。</translation>
    </message>
    <message>
        <source>Sell date − acquisition date, in calendar days.</source>
        <translation>卖出日期 − 买入日期，以日历天数计。</translation>
    </message>
    <message>
        <source>The sell&apos;s proceeds (quantity × price − sell fee) shared among the lots it closed by quantity, rounded half-even to the cent; the last lot takes the remainder.</source>
        <translation>该笔卖出的所得（数量 × 价格 − 卖出费用）按数量分摊到其平掉的各批次，按银行家舍入法舍入到分；余数由最后一个批次承担。</translation>
    </message>
    <message>
        <source>What the lot cost, buy fees included (carried cost for units that came by conversion).</source>
        <translation>该批次的成本，含买入费用（通过转换得到的股份按结转成本计）。</translation>
    </message>
    <message>
        <source>Proceeds − cost.</source>
        <translation>所得 − 成本。</translation>
    </message>
    <message>
        <source>Gain ÷ cost.</source>
        <translation>盈亏 ÷ 成本。</translation>
    </message>
    <message>
        <source>The account the sell was in (its lots are that account&apos;s own, or moved into it).</source>
        <translation>该笔卖出所在的账户（其批次属于该账户，或已转入该账户）。</translation>
    </message>
    <message>
        <source>The tax year of the sell date, named by the calendar year it starts in (UK 2024/25: 6 April 2024 to 5 April 2025).</source>
        <translation>卖出日期所在的纳税年度，以其开始的日历年命名（英国 2024/25：2024 年 4 月 6 日至 2025 年 4 月 5 日）。</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>合并持仓</translation>
    </message>
    <message>
        <source>Realized gains</source>
        <translation>已实现盈亏</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day} {month}&lt;/b&gt; is not a day of every year: choose another start.</source>
        <translation>&lt;b&gt;{month}{day}日&lt;/b&gt;不是每年都有的日期：请另选起始日。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <source>The cost method and as-of date chosen above the summary cards.</source>
        <translation>在汇总卡片上方选择的成本计算方法和截至日期。</translation>
    </message>
    <message>
        <source>No closed lots yet: a sell closes the lots it consumes.</source>
        <translation>尚无已平仓批次：卖出会平掉其消耗的批次。</translation>
    </message>
    <message>
        <source>{count} lot</source>
        <translation>{count} 个批次</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} 个批次</translation>
    </message>
    <message>
        <source>&lt;b&gt;{year}&lt;/b&gt; ({first} to {last}, {currency}): {lots}, proceeds {proceeds}, cost {cost}, gain {gain}</source>
        <translation>&lt;b&gt;{year}&lt;/b&gt;（{first} 至 {last}，{currency}）：{lots}，卖出所得 {proceeds}，成本 {cost}，盈亏 {gain}</translation>
    </message>
    <message>
        <source>Export realized gains</source>
        <translation>导出已实现盈亏</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>price from {day}, {days} days old</source>
        <translation>价格日期 {day}，已过 {days} 天</translation>
    </message>
    <message>
        <source>The last price is more than {sessions} trading days of the exchange before {as_of}: the market value uses it as it is, and XIRR and TWR run to {returns_to}, not to {as_of}. Import a newer price file to bring them up to date.</source>
        <translation>最新价比 {as_of} 早了超过 {sessions} 个交易所交易日：市值按该价格计算，XIRR 和 TWR 计算到 {returns_to}，而不是 {as_of}。导入更新的价格文件即可更新。</translation>
    </message>
    <message>
        <source>range</source>
        <translation>自定义区间</translation>
    </message>
    <message>
        <source>no {symbol} rates yet: import a rate file or Update</source>
        <translation>尚无 {symbol} 汇率：请导入汇率文件或更新</translation>
    </message>
    <message>
        <source>no prices yet</source>
        <translation>尚无价格</translation>
    </message>
    <message>
        <source>from {provider}</source>
        <translation>来自 {provider}</translation>
    </message>
    <message>
        <source>from file {name}</source>
        <translation>来自文件 {name}</translation>
    </message>
    <message>
        <source>from a file import</source>
        <translation>来自文件导入</translation>
    </message>
    <message>
        <source>updated {when}</source>
        <translation>更新于 {when}</translation>
    </message>
    <message>
        <source>prices {origin}</source>
        <translation>价格{origin}</translation>
    </message>
    <message>
        <source>last bar {day} ({days} trading days old)</source>
        <translation>最后一根K线 {day}（已过 {days} 个交易日）</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch the missing {symbol} bars (File ▸ Update prices)</source>
        <translation>获取缺少的 {symbol} K线（文件 ▸ 更新价格）</translation>
    </message>
    <message>
        <source>Where the {symbol} bars were last written from, and when. A series whose last bar is more than {sessions} trading days of its exchange old is flagged.</source>
        <translation>{symbol} K线最近一次的写入来源和时间。最后一根K线已超过其交易所 {sessions} 个交易日的序列会被标出。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>⚠ {series}: {days} trading days old</source>
        <translation>⚠ {series}：已过 {days} 个交易日</translation>
    </message>
    <message>
        <source>not annualized</source>
        <translation>未年化</translation>
    </message>
    <message>
        <source>at cost {amount}</source>
        <translation>按成本 {amount}</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>转换价</translation>
    </message>
    <message>
        <source>Alibaba Group ADS</source>
        <translation>阿里巴巴集团美国存托股</translation>
    </message>
    <message>
        <source>Alibaba Group ordinary shares</source>
        <translation>阿里巴巴集团普通股</translation>
    </message>
    <message>
        <source>approximate: 7.80 HKD per USD where no rate was stored</source>
        <translation>近似值：未存汇率处按 1 美元兑 7.80 港元</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>持股数</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>最新价</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>A benchmark series (File ▸ Import prices ▸ New benchmark…): its price index from the same opening day as the holding&apos;s TWR.</source>
        <translation>基准序列（文件 ▸ 导入价格 ▸ 新建基准…）：从与持仓 TWR 相同的起始日开始的价格指数。</translation>
    </message>
    <message>
        <source>no benchmark</source>
        <translation>无基准</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>Money invested</source>
        <translation>投入资金</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>盈亏</translation>
    </message>
    <message>
        <source>No position to show: add trades to see your position over time.</source>
        <translation>没有可显示的持仓：添加交易后即可查看持仓变化。</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <source>Over {period}: from {start} (the value held then counts as money put in) to {end}.</source>
        <translation>{period}区间：从 {start}（当时的持仓市值计为投入资金）到 {end}。</translation>
    </message>
    <message>
        <source>{oldest} to
{newest}</source>
        <translation>{oldest} 至
{newest}</translation>
    </message>
    <message>
        <source>Over {days} day ({why}).</source>
        <translation>共 {days} 天（{why}）。</translation>
    </message>
    <message>
        <source>Over {days} days ({why}).</source>
        <translation>共 {days} 天（{why}）。</translation>
    </message>
    <message>
        <source>Runs to {day}, the date of the last price.</source>
        <translation>计算到最新价的日期 {day}。</translation>
    </message>
    <message>
        <source>not annualized: period under a year</source>
        <translation>未年化：区间不足一年</translation>
    </message>
    <message>
        <source>Under a year it is the return over the period itself, not annualized (a period under a year is never given a yearly rate: the GIPS rule).</source>
        <translation>不足一年时显示区间本身的收益，不作年化（按 GIPS 规则，不足一年的区间不给出年化收益率）。</translation>
    </message>
    <message>
        <source>Units held at the end of the day shown: American depositary shares (1 ADS = 8 ordinary shares) for BABA, ordinary shares for 9988.HK.</source>
        <translation>所示日期收盘时持有的数量：BABA 为美国存托股（1 ADS = 8 股普通股），9988.HK 为普通股。</translation>
    </message>
    <message>
        <source>Cost basis ÷ shares: what each unit still held cost on average, buy fees included. FIFO: sells close the oldest lots first (first in, first out).</source>
        <translation>持仓成本 ÷ 持股数：仍持有的每股平均成本，含买入手续费。FIFO：卖出时先平最早的批次（先进先出）。</translation>
    </message>
    <message>
        <source>The latest daily close on or before the day shown, or this listing&apos;s own latest trade price when that is more recent (or no close has been imported); below it, its date, marked &quot;trade&quot; when it is a trade price.</source>
        <translation>所示日期当日或之前最近的日收盘价；若本上市股份自己的最新成交价更近（或尚未导入收盘价），则用成交价；下方为其日期，成交价会标注“成交价”。</translation>
    </message>
    <message>
        <source>Shares × last price: what the holding would fetch at that price, before fees.</source>
        <translation>持股数 × 最新价：按该价格卖出持仓可得的金额（未扣费用）。</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Market value − cost basis of the units held (gain or loss not yet sold); the percentage is of the cost basis.</source>
        <translation>市值 − 所持股份的持仓成本（尚未卖出的盈亏）；百分比相对于持仓成本。</translation>
    </message>
    <message>
        <source>Realized P&amp;L</source>
        <translation>已实现盈亏</translation>
    </message>
    <message>
        <source>Sum over every sell of its proceeds after fees minus the cost of the lots it closed.</source>
        <translation>每笔卖出扣除费用后的所得减去其所平批次的成本，逐笔相加。</translation>
    </message>
    <message>
        <source>Net dividends</source>
        <translation>股息净额</translation>
    </message>
    <message>
        <source>Dividends received: gross minus withholding tax and fees.</source>
        <translation>已收股息：税前金额减去预扣税和费用。</translation>
    </message>
    <message>
        <source>fees {amount}</source>
        <translation>费用 {amount}</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>总回报</translation>
    </message>
    <message>
        <source>Market value + money taken out (sells after fees, net dividends) − money put in (buys with their fees, standalone fees): everything the holding gained or lost in this listing. Units moved by an ADS↔HK conversion count at their market value that day (the giving listing&apos;s close), as in XIRR, TWR and the position view. Without conversions this equals unrealized + realized P&amp;L + net dividends − fees; with one, that sum (conversions at their carried cost) is shown below it as &quot;at cost&quot;.</source>
        <translation>市值 + 取出的资金（扣费后的卖出所得、股息净额）− 投入的资金（含手续费的买入、单独费用）：该持仓在此上市股份上的全部盈亏。经 ADS↔港股转换的股份按当日市值计（转出方的收盘价），与 XIRR、TWR 和持仓视图一致。没有转换时，它等于未实现盈亏 + 已实现盈亏 + 股息净额 − 费用；有转换时，该合计（转换按结转成本计）显示在下方，标为“按成本”。</translation>
    </message>
    <message>
        <source>XIRR</source>
        <translation>XIRR</translation>
    </message>
    <message>
        <source>Money-weighted return a year: the rate at which every buy, sell, dividend and fee, plus the market value at the end, discount to zero (365-day year). It weighs the timing of your money. </source>
        <translation>资金加权年化收益率：使每笔买入、卖出、股息、费用以及期末市值的现值之和为零的利率（一年按 365 天计）。它考虑了您资金进出的时点。</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>TWR</source>
        <translation>TWR</translation>
    </message>
    <message>
        <source>Time-weighted return: the growth of one unit invested, chaining the daily returns rₜ = (MVₜ + outₜ) / (MVₜ₋₁ + inₜ) − 1, so the size and timing of buys and sells do not count. Money put in counts from the start of its day and money taken out until its end (Portfolio Performance&apos;s convention); a day with nothing held and nothing put in is skipped. Below it, the same rate a year. </source>
        <translation>时间加权收益率：投入一单位资金的增长，将每日收益 rₜ = (MVₜ + outₜ) / (MVₜ₋₁ + inₜ) − 1 连乘，因此买卖的金额和时点不影响结果。投入的资金从当日开始计入，取出的资金计到当日结束（Portfolio Performance 的约定）；没有持仓也没有投入的日子跳过。下方为同一收益率的年化值。</translation>
    </message>
    <message>
        <source>{rate} a year</source>
        <translation>年化 {rate}</translation>
    </message>
    <message>
        <source>In {currency}.</source>
        <translation>以 {currency} 计。</translation>
    </message>
    <message>
        <source>Money figures of {symbol} are in {currency}.</source>
        <translation>{symbol} 的金额以 {currency} 计。</translation>
    </message>
    <message>
        <source>{listing} · as of {day}</source>
        <translation>{listing} · 截至 {day}</translation>
    </message>
    <message>
        <source>Welcome to Tracker</source>
        <translation>欢迎使用 Tracker</translation>
    </message>
    <message>
        <source>No prices yet.</source>
        <translation>尚无价格。</translation>
    </message>
    <message>
        <source>Import prices…</source>
        <translation>导入价格…</translation>
    </message>
    <message>
        <source>Reading prices…</source>
        <translation>正在读取价格…</translation>
    </message>
    <message>
        <source>No prices for {symbol} yet. Import a price file to see the chart.</source>
        <translation>尚无 {symbol} 价格。导入价格文件即可查看图表。</translation>
    </message>
    <message>
        <source>Add a first trade…</source>
        <translation>添加第一笔交易…</translation>
    </message>
    <message>
        <source>Import trades…</source>
        <translation>导入交易…</translation>
    </message>
    <message>
        <source>{symbol} through {day}</source>
        <translation>{symbol} 截至 {day}</translation>
    </message>
    <message>
        <source>1. Prices are in: {listed}. Import a newer file any time (File ▸ Import prices).</source>
        <translation>1. 已有价格：{listed}。可随时导入更新的文件（文件 ▸ 导入价格）。</translation>
    </message>
    <message>
        <source>1. &lt;b&gt;Import prices&lt;/b&gt;: a daily price CSV of BABA or 9988.HK from Yahoo Finance, Stooq, Nasdaq or Investing.com, so your position has a market value.</source>
        <translation>1. &lt;b&gt;导入价格&lt;/b&gt;：来自 Yahoo Finance、Stooq、Nasdaq 或 Investing.com 的 BABA 或 9988.HK 日线价格 CSV，以便计算持仓市值。</translation>
    </message>
    <message>
        <source>Tracker follows your Alibaba position across its two listings — BABA (NYSE, USD) and 9988.HK (Hong Kong, HKD) — entirely on this computer.</source>
        <translation>Tracker 在本机跟踪您在阿里巴巴两地上市股份中的持仓——BABA（纽交所，美元）和 9988.HK（香港，港元），数据全部保存在本机。</translation>
    </message>
    <message>
        <source>2. &lt;b&gt;Add a first trade&lt;/b&gt; (Ctrl+N), or import your broker&apos;s trades from a CSV.</source>
        <translation>2. &lt;b&gt;添加第一笔交易&lt;/b&gt;（Ctrl+N），或从 CSV 导入券商的交易记录。</translation>
    </message>
    <message>
        <source>The earnings calendar and buyback history beside the chart are ready now.</source>
        <translation>图表旁的财报日历和回购记录现在即可查看。</translation>
    </message>
    <message>
        <source>Edit trade</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>New trade</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>units, e.g. 100</source>
        <translation>数量，例如 100</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>每股</translation>
    </message>
    <message>
        <source>or type the total to derive the price</source>
        <translation>或输入总额以推算价格</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Reference data shipped with Tracker (sources in the row&apos;s tooltip); follows updates.</source>
        <translation>Tracker 自带的参考数据（来源见该行提示）；会随更新而更新。</translation>
    </message>
    <message>
        <source>Bundled data you changed: updates of the bundled data leave it alone. Revert restores it.</source>
        <translation>您修改过的内置数据：内置数据更新不会覆盖它。“还原”可恢复原值。</translation>
    </message>
    <message>
        <source>A row you entered.</source>
        <translation>您录入的一行。</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>股</translation>
    </message>
    <message>
        <source>before the US open</source>
        <translation>美股开盘前</translation>
    </message>
    <message>
        <source>after the US close</source>
        <translation>美股收盘后</translation>
    </message>
    <message>
        <source>session not known</source>
        <translation>时段未知</translation>
    </message>
    <message>
        <source>Before the US open, about {ny}</source>
        <translation>美股开盘前，约 {ny}</translation>
    </message>
    <message>
        <source>After the US close, about {ny}</source>
        <translation>美股收盘后，约 {ny}</translation>
    </message>
    <message>
        <source>Session not known, about {ny}</source>
        <translation>时段未知，约 {ny}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>{time} New York</source>
        <translation>纽约 {time}</translation>
    </message>
    <message>
        <source>{time} Hong Kong</source>
        <translation>香港 {time}</translation>
    </message>
    <message>
        <source>{time} your time ({zone})</source>
        <translation>您的时间 {time}（{zone}）</translation>
    </message>
    <message>
        <source>about {times}</source>
        <translation>约 {times}</translation>
    </message>
    <message>
        <source>{symbol}: no reactions yet (import its prices)</source>
        <translation>{symbol}：尚无股价反应（请导入其价格）</translation>
    </message>
    <message>
        <source>≈ ±{amount} on your {units} {unit}</source>
        <translation>≈ 您的 {units} {unit} 浮动 ±{amount}</translation>
    </message>
    <message>
        <source>a number in RMB, or RMB…/US$… (e.g. {example})</source>
        <translation>人民币数字，或 RMB…/US$…（例如 {example}）</translation>
    </message>
    <message>
        <source>Edit {quarter}</source>
        <translation>编辑 {quarter}</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>添加财报</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (US Eastern date)</source>
        <translation>YYYY-MM-DD（美东日期）</translation>
    </message>
    <message>
        <source>consensus, e.g. 245.2</source>
        <translation>市场预期，例如 245.2</translation>
    </message>
    <message>
        <source>consensus, e.g. 16.2</source>
        <translation>市场预期，例如 16.2</translation>
    </message>
    <message>
        <source>where the figures come from (URL), optional</source>
        <translation>数据来源（网址），选填</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Release date</source>
        <translation>发布日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>时段(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;venue</source>
        <translation>营收(&amp;V)</translation>
    </message>
    <message>
        <source>RMB bn</source>
        <translation>十亿元人民币</translation>
    </message>
    <message>
        <source>&amp;Diluted EPS</source>
        <translation>摊薄每股收益(&amp;D)</translation>
    </message>
    <message>
        <source>RMB/ADS</source>
        <translation>人民币/ADS</translation>
    </message>
    <message>
        <source>&amp;Non-GAAP EPS</source>
        <translation>非GAAP每股收益(&amp;N)</translation>
    </message>
    <message>
        <source>Revenue in &amp;US$</source>
        <translation>美元营收(&amp;U)</translation>
    </message>
    <message>
        <source>US$ bn</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>Diluted EPS in US$</source>
        <translation>美元摊薄每股收益</translation>
    </message>
    <message>
        <source>US$/ADS</source>
        <translation>美元/ADS</translation>
    </message>
    <message>
        <source>Non-GAAP EPS in US$</source>
        <translation>美元非GAAP每股收益</translation>
    </message>
    <message>
        <source>Revenue es&amp;timate</source>
        <translation>营收预期(&amp;T)</translation>
    </message>
    <message>
        <source>RMB bn (or US$…)</source>
        <translation>十亿元人民币（或 US$…）</translation>
    </message>
    <message>
        <source>EPS &amp;estimate</source>
        <translation>每股收益预期(&amp;E)</translation>
    </message>
    <message>
        <source>RMB/ADS (or US$…)</source>
        <translation>人民币/ADS（或 US$…）</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>Consensus non-GAAP diluted EPS per ADS: a number is RMB, type US$1.41 for US dollars. The surprise compares it with the non-GAAP actual in the same currency.</source>
        <translation>每股 ADS 非GAAP摊薄收益的市场预期：数字按人民币计，美元请输入 US$1.41。超预期幅度与同币种的非GAAP实际值比较。</translation>
    </message>
    <message>
        <source>Saving changes marks this bundled row as edited: later updates of the bundled data will leave it as you set it.</source>
        <translation>保存修改会将这条内置数据标记为已修改：之后的内置数据更新不会覆盖您的设置。</translation>
    </message>
    <message>
        <source>The date shown is estimated from Alibaba&apos;s usual cadence; enter the announced date to confirm it.</source>
        <translation>显示的日期是按阿里巴巴通常的发布节奏估算的；请输入公布的日期以确认。</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Next results</source>
        <translation>下次财报</translation>
    </message>
    <message>
        <source>Average absolute one-day reaction over the last 8 results on each listing (close on the first session after the release vs the close before it), × the latest close × the units you hold today.</source>
        <translation>最近 8 次财报在两地各自的单日平均绝对股价反应（发布后首个交易时段收盘价对比发布前收盘价）× 最新收盘价 × 您今天持有的数量。</translation>
    </message>
    <message>
        <source>Calendar days from today to the release date in your time zone.</source>
        <translation>按您的时区，从今天到发布日期的日历天数。</translation>
    </message>
    <message>
        <source>Confirm date…</source>
        <translation>确认日期…</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>How many days before the release the notification comes.</source>
        <translation>提前几天发出通知。</translation>
    </message>
    <message>
        <source>A desktop notification this many days before the next results, while Tracker is running.</source>
        <translation>Tracker 运行期间，在下次财报前这么多天发出桌面通知。</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Estimated from Alibaba&apos;s usual release cadence until you enter the announced date.</source>
        <translation>在您输入公布的日期之前，按阿里巴巴通常的发布节奏估算。</translation>
    </message>
    <message>
        <source>The release date is on file.</source>
        <translation>已收录发布日期。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Release date (US Eastern); the session (before the US open or after the close) in the cell&apos;s tooltip and the Session column.</source>
        <translation>发布日期（美东时间）；时段（美股开盘前或收盘后）见单元格提示和“时段”列。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Before the US open or after the close (&quot;?&quot;: no source gives it).</source>
        <translation>美股开盘前或收盘后（“?”：没有来源给出）。</translation>
    </message>
    <message>
        <source>Fiscal quarter (Alibaba&apos;s fiscal year ends 31 March); the calendar quarter the results cover in the cell&apos;s tooltip and the Calendar column.</source>
        <translation>财季（阿里巴巴财年截至3月31日）；业绩涵盖的自然季度见单元格提示和“自然季度”列。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>自然季度</translation>
    </message>
    <message>
        <source>The calendar quarter the results cover.</source>
        <translation>业绩涵盖的自然季度。</translation>
    </message>
    <message>
        <source>P&amp;L USD</source>
        <translation>盈亏 美元</translation>
    </message>
    <message>
        <source>Your BABA: ADS held before the release × (close after − close before), USD.</source>
        <translation>你的BABA：发布前持有的美国存托股 ×（发布后收盘价 − 发布前收盘价），美元。</translation>
    </message>
    <message>
        <source>P&amp;L HKD</source>
        <translation>盈亏 港元</translation>
    </message>
    <message>
        <source>Your 9988.HK: shares held before the release × (close after − close before), HKD.</source>
        <translation>你的9988.HK：发布前持有的股数 ×（发布后收盘价 − 发布前收盘价），港元。</translation>
    </message>
    <message>
        <source>Rev. RMB bn</source>
        <translation>营收 人民币十亿</translation>
    </message>
    <message>
        <source>Revenue in billions of RMB (– where only US$ is on file).</source>
        <translation>营收，单位十亿人民币（只有美元数据时为 –）。</translation>
    </message>
    <message>
        <source>Rev. US$ bn</source>
        <translation>营收 美元十亿</translation>
    </message>
    <message>
        <source>Revenue in billions of US$ (– where only RMB is on file).</source>
        <translation>营收，单位十亿美元（只有人民币数据时为 –）。</translation>
    </message>
    <message>
        <source>EPS RMB</source>
        <translation>每股收益 人民币</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS per ADS in RMB (diluted GAAP EPS in the tooltip).</source>
        <translation>每股美国存托股非GAAP摊薄收益，人民币（GAAP摊薄收益见提示）。</translation>
    </message>
    <message>
        <source>EPS US$</source>
        <translation>每股收益 美元</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS per ADS in US$.</source>
        <translation>每股美国存托股非GAAP摊薄收益，美元。</translation>
    </message>
    <message>
        <source>Alibaba results coming</source>
        <translation>阿里巴巴即将公布业绩</translation>
    </message>
    <message>
        <source>Alibaba {quarter} results {when}, {day} (estimated date): {times}.</source>
        <translation>阿里巴巴{quarter}业绩{when}公布，{day}（预计日期）：{times}。</translation>
    </message>
    <message>
        <source>Alibaba {quarter} results {when}, {day}: {times}.</source>
        <translation>阿里巴巴{quarter}业绩{when}公布，{day}：{times}。</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>{currency} {amount} billion</source>
        <translation>{currency} {amount} 十亿</translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation>{currency} {amount}</translation>
    </message>
    <message>
        <source>{title}: {values}</source>
        <translation>{title}：{values}</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>Both quarters in {currency}.</source>
        <translation>两个季度均以 {currency} 计。</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>non-GAAP EPS</source>
        <translation>非 GAAP EPS</translation>
    </message>
    <message>
        <source>Actual: {actuals} (each compared in its consensus&apos; currency)</source>
        <translation>实际：{actuals}（各自以其市场预期的货币比较）</translation>
    </message>
    <message>
        <source>{currency} only</source>
        <translation>仅 {currency}</translation>
    </message>
    <message>
        <source> (quoted in {currency} while the actuals on file are in {other}: RMB is never compared with US$)</source>
        <translation>（预期以 {currency} 报价，而记录中的实际数字以 {other} 计：人民币从不与美元比较）</translation>
    </message>
    <message>
        <source> (the matching actual is not on file)</source>
        <translation>（没有对应的实际数字记录）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Close on the first NYSE session after the release ÷ the close before it − 1.</source>
        <translation>发布后首个纽交所交易日收盘价 ÷ 发布前收盘价 − 1。</translation>
    </message>
    <message>
        <source>Close on the first HKEX session after the release ÷ the close before it − 1 (Alibaba releases in the Hong Kong evening, so Hong Kong reacts the next day).</source>
        <translation>发布后首个港交所交易日收盘价 ÷ 发布前收盘价 − 1（阿里巴巴在香港晚间发布，因此港股次日才反应）。</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Revenue ÷ revenue of the same quarter a year earlier − 1, both in the currency shown (RMB is never compared with US$).</source>
        <translation>营收 ÷ 上年同季营收 − 1，两者均为所示币种（人民币不与美元比较）。</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS ÷ the same quarter a year earlier − 1, in one currency (GAAP when non-GAAP is missing, marked G).</source>
        <translation>非GAAP摊薄每股收益 ÷ 上年同季 − 1，同一币种（缺少非GAAP时用 GAAP，标 G）。</translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation>超预期</translation>
    </message>
    <message>
        <source>Actual ÷ consensus − 1, in the currency the consensus is quoted in (RMB or US$) when the actual is on file in it; vendors vary, see the row&apos;s note.</source>
        <translation>实际值 ÷ 市场预期 − 1，按预期所用币种（人民币或美元）计算，前提是有该币种的实际值；各数据商口径不一，见该行备注。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>bundled: shipped reference data (&quot;secondary source&quot; when a figure comes from a news report, aggregator, translation or machine-written summary: double-check it) · edited: bundled data you changed · yours: a row you entered.</source>
        <translation>内置：自带的参考数据（数字来自新闻报道、聚合网站、翻译或机器生成摘要时标为“二手来源”：请核实）· 已修改：您改过的内置数据 · 您的：您录入的行。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Put the bundled figures back in a row you edited.</source>
        <translation>将您修改过的行恢复为内置数字。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Next results…</source>
        <translation>下次财报…</translation>
    </message>
    <message>
        <source>Next and all past results…</source>
        <translation>下次及以往全部财报…</translation>
    </message>
    <message>
        <source>No date known</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>{quarter} results</source>
        <translation>{quarter} 财报</translation>
    </message>
    <message>
        <source>Typical move on results (last 8):</source>
        <translation>财报后典型波动（最近 8 次）：</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>exported {day}</source>
        <translation>导出于 {day}</translation>
    </message>
    <message>
        <source>could not write the drawing to {path}</source>
        <translation>无法把图写入 {path}</translation>
    </message>
    <message>
        <source>{count} quarters</source>
        <translation>{count} 个季度</translation>
    </message>
    <message>
        <source>{count} quarter</source>
        <translation>{count} 个季度</translation>
    </message>
    <message>
        <source>Not on file: {span} ({count})</source>
        <translation>未收录：{span}（{count}）</translation>
    </message>
    <message>
        <source>latest expected around {day} · use Add…</source>
        <translation>最晚预计约 {day} · 请使用“添加…”</translation>
    </message>
    <message>
        <source>Quarters after the last release on file whose results should be out by now on Alibaba&apos;s usual cadence:</source>
        <translation>已收录的最近一次发布之后、按阿里巴巴通常节奏现在应已公布的季度：</translation>
    </message>
    <message>
        <source>{quarter}: expected around {day}</source>
        <translation>{quarter}：预计约 {day}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>盘前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>盘后</translation>
    </message>
    <message>
        <source>before?</source>
        <translation>盘前？</translation>
    </message>
    <message>
        <source>Release date not found in the sources read.</source>
        <translation>在所查阅的来源中没有找到发布日期。</translation>
    </message>
    <message>
        <source>No source gives the session; taken as before the US open, as every sourced release.</source>
        <translation>没有来源给出发布时段；与所有有来源的发布一样，按美股开盘前处理。</translation>
    </message>
    <message>
        <source>revenue {quoted}</source>
        <translation>收入 {quoted}</translation>
    </message>
    <message>
        <source>EPS {quoted}</source>
        <translation>EPS {quoted}</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS per ADS</source>
        <translation>每股 ADS 非 GAAP 摊薄 EPS</translation>
    </message>
    <message>
        <source>Diluted (GAAP) EPS per ADS</source>
        <translation>每股 ADS 摊薄（GAAP）EPS</translation>
    </message>
    <message>
        <source>Quarter ended {day}</source>
        <translation>截至 {day} 的季度</translation>
    </message>
    <message>
        <source>G: diluted GAAP EPS compared.</source>
        <translation>G：比较的是 GAAP 摊薄 EPS。</translation>
    </message>
    <message>
        <source>Consensus: {consensus}</source>
        <translation>市场预期：{consensus}</translation>
    </message>
    <message>
        <source>No consensus on file</source>
        <translation>未收录市场预期</translation>
    </message>
    <message>
        <source>No release date on file.</source>
        <translation>未收录发布日期。</translation>
    </message>
    <message>
        <source>No {symbol} closes on both sides of the release: import prices.</source>
        <translation>发布前后没有 {symbol} 的收盘价：请导入价格。</translation>
    </message>
    <message>
        <source>{before} on {before_day} → {after} on {after_day}</source>
        <translation>{before_day} {before} → {after_day} {after}</translation>
    </message>
    <message>
        <source>{units} {unit} held × ({after} − {before})</source>
        <translation>持有 {units} {unit} × ({after} − {before})</translation>
    </message>
    <message>
        <source>No {symbol} held on {day}.</source>
        <translation>{day} 未持有 {symbol}。</translation>
    </message>
    <message>
        <source>Only rows you entered can be deleted.</source>
        <translation>只能删除您录入的行。</translation>
    </message>
    <message>
        <source>{quarter} is back to the bundled figures.</source>
        <translation>{quarter} 已恢复为内置数字。</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>删除业绩</translation>
    </message>
    <message>
        <source>Delete your row for {quarter}?</source>
        <translation>删除你为 {quarter} 添加的行？</translation>
    </message>
    <message>
        <source>Deleted {quarter}.</source>
        <translation>已删除 {quarter}。</translation>
    </message>
    <message>
        <source>Export results to a calendar</source>
        <translation>把业绩导出到日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Reminder: these results are {when}</source>
        <translation>提醒：本次财报{when}发布</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>上市股份(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>方向(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>手续费(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>总额(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Buy: quantity × price + fee. Sell: quantity × price − fee.</source>
        <translation>买入：数量 × 价格 + 手续费。卖出：数量 × 价格 − 手续费。</translation>
    </message>
    <message>
        <source> in {account}</source>
        <translation>在 {account} </translation>
    </message>
    <message>
        <source>Held on {day}{where} before this entry: {quantity} {symbol}</source>
        <translation>{day} 本笔之前{where}持有：{quantity} {symbol}</translation>
    </message>
    <message>
        <source>Edit dividend</source>
        <translation>编辑股息</translation>
    </message>
    <message>
        <source>Add dividend</source>
        <translation>添加股息</translation>
    </message>
    <message>
        <source>Alibaba declares its dividend in US dollars on both listings.</source>
        <translation>阿里巴巴在两地均以美元宣派股息。</translation>
    </message>
    <message>
        <source>before tax</source>
        <translation>税前</translation>
    </message>
    <message>
        <source>if credited in another currency</source>
        <translation>若以其他币种入账</translation>
    </message>
    <message>
        <source>or the rate</source>
        <translation>或汇率</translation>
    </message>
    <message>
        <source>&amp;Pay date</source>
        <translation>派息日(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Gross</source>
        <translation>税前金额(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Withholding tax</source>
        <translation>预扣税(&amp;W)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>入账金额(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ate</source>
        <translation>汇率(&amp;A)</translation>
    </message>
    <message>
        <source>Gross − withholding tax − fee: what reached your account.</source>
        <translation>税前金额 − 预扣税 − 费用：实际到账的金额。</translation>
    </message>
    <message>
        <source>Declared in US dollars but credited in Hong Kong dollars (usual on 9988.HK)? Type the amount that arrived, and the rate is derived (received ÷ net); or type the rate, and the amount is derived. Left empty, the day&apos;s USD/HKD rate is used.</source>
        <translation>以美元宣派但以港元入账（9988.HK 通常如此）？输入到账金额即可推算汇率（入账 ÷ 净额）；或输入汇率来推算金额。留空则使用当日美元兑港元汇率。</translation>
    </message>
    <message>
        <source>Declared: {title}, ex-date {day}: {amount} per ADS × {units} ADS held = {gross}</source>
        <translation>已宣派：{title}，除息日 {day}：每股 ADS {amount} × 持有 {units} ADS = {gross}</translation>
    </message>
    <message>
        <source>Declared: {title}, ex-date {day}: {amount} per share × {units} shares held = {gross}</source>
        <translation>已宣派：{title}，除息日 {day}：每股 {amount} × 持有 {units} 股 = {gross}</translation>
    </message>
    <message>
        <source>Units held at the end of the day before the ex-date receive the dividend.</source>
        <translation>除息日前一天收市时持有的股份可获派股息。</translation>
    </message>
    <message>
        <source>Use {amount}</source>
        <translation>使用 {amount}</translation>
    </message>
    <message>
        <source>{currency} per {paid}</source>
        <translation>{currency} / {paid}</translation>
    </message>
    <message>
        <source>{value} derived</source>
        <translation>推算为 {value}</translation>
    </message>
    <message>
        <source>Edit conversion</source>
        <translation>编辑转换</translation>
    </message>
    <message>
        <source>Convert between ADS and Hong Kong shares</source>
        <translation>美国存托股与港股互相转换</translation>
    </message>
    <message>
        <source>BABA ADS → 9988.HK shares</source>
        <translation>BABA 美国存托股 → 9988.HK 股份</translation>
    </message>
    <message>
        <source>9988.HK shares → BABA ADS</source>
        <translation>9988.HK 股份 → BABA 美国存托股</translation>
    </message>
    <message>
        <source>units given up</source>
        <translation>转出数量</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>您将获得</translation>
    </message>
    <message>
        <source>FX &amp;rate</source>
        <translation>汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Rate of</source>
        <translation>汇率来源</translation>
    </message>
    <message>
        <source>The day of the USDHKD rate proposed: the conversion&apos;s date, or the last day before it with a rate.</source>
        <translation>建议的 USDHKD 汇率所属日期：转换当日，或此前最近一个有汇率的日子。</translation>
    </message>
    <message>
        <source>Carries the cost of the converted lots into the receiving listing&apos;s currency: units of that currency per unit of the other. Proposed: the day&apos;s rate of the USDHKD series (the previous one when the day has none; 7.80 when none is stored).</source>
        <translation>将被转换批次的成本折算为转入方的币种：每单位另一币种折合多少该币种。建议值：USDHKD 序列当日汇率（当日没有时用之前最近的；完全没有存储时用 7.80）。</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按记录</translation>
    </message>
    <message>
        <source>none stored: 7.80 peg</source>
        <translation>未存汇率：按 7.80 联系汇率</translation>
    </message>
    <message>
        <source>typed by you</source>
        <translation>由您输入</translation>
    </message>
    <message>
        <source>{symbol} units</source>
        <translation>{symbol} 股</translation>
    </message>
    <message>
        <source>{quantity} {symbol} units</source>
        <translation>{quantity} {symbol} 股</translation>
    </message>
    <message>
        <source>Edit fee</source>
        <translation>编辑费用</translation>
    </message>
    <message>
        <source>Add fee</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <source>e.g. ADS depositary fee</source>
        <translation>例如 ADS 存托费</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>What was charged, in the listing&apos;s currency. A fee lowers the listing&apos;s total return; it does not change its cost basis.</source>
        <translation>收取的金额，以该上市股份的币种计。费用会降低其总回报，但不改变持仓成本。</translation>
    </message>
    <message>
        <source>Date and close only</source>
        <translation>仅日期和收盘价</translation>
    </message>
    <message>
        <source>Generic (columns mapped below)</source>
        <translation>通用（在下方对应各列）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开盘</translation>
    </message>
    <message>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <source>Import trades</source>
        <translation>导入交易</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <source>{count} problem — fix the file and choose it again; nothing is imported while any remain:</source>
        <translation>{count} 个问题——请修改文件后重新选择；存在问题时不会导入任何内容：</translation>
    </message>
    <message>
        <source>{count} problems — fix the file and choose it again; nothing is imported while any remain:</source>
        <translation>{count} 个问题——请修改文件后重新选择；存在问题时不会导入任何内容：</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Columns (generic format)</source>
        <translation>列（通用格式）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>Replace the stored bars with the file&apos;s: the file is of this series and the stored ones are wrong</source>
        <translation>用文件中的K线替换已存的：文件属于此序列，已存的有误</translation>
    </message>
    <message>
        <source>{symbol} — benchmark, {currency}</source>
        <translation>{symbol} — 基准，{currency}</translation>
    </message>
    <message>
        <source>New benchmark…</source>
        <translation>新建基准…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>识别为：{format}</translation>
    </message>
    <message>
        <source>not recognised — choose a format, or Generic to map the columns</source>
        <translation>无法识别——请选择格式，或选择“通用”来对应各列</translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation>已读取 {rows} 行。</translation>
    </message>
    <message>
        <source> from {first} to {last}</source>
        <translation>，{first} 至 {last}</translation>
    </message>
    <message>
        <source>{rows} rows of {symbol}{span}: &lt;b&gt;{added} to add&lt;/b&gt;, &lt;b&gt;{updated} to update&lt;/b&gt; (bars already stored for those dates are replaced).</source>
        <translation>{symbol} 共 {rows} 行{span}：&lt;b&gt;新增 {added}&lt;/b&gt;，&lt;b&gt;更新 {updated}&lt;/b&gt;（这些日期已存的K线会被替换）。</translation>
    </message>
    <message>
        <source>This looks like a yfinance file (history() or download()) with their default auto_adjust=True: prices adjusted for dividends and splits, where Tracker keeps raw prices (past closes would read lower than they traded). auto_adjust=False or Yahoo&apos;s own download gives the raw ones.</source>
        <translation>这看起来是 yfinance 的文件（history() 或 download()），默认 auto_adjust=True：价格已按股息和拆股调整，而 Tracker 保存的是原始价格（过去的收盘价会显得比实际成交价低）。auto_adjust=False 或 Yahoo 自己的下载提供原始价格。</translation>
    </message>
    <message>
        <source>{count} stored bars in the file&apos;s range that it does not hold are removed.</source>
        <translation>文件日期范围内、文件中没有的 {count} 根已存K线将被删除。</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>the stored close {close} on {day} is {times}× the close before it ({other} on {other_day}) and the one after it ({after}), and the file leaves it in place: a typo in the stored bars? Tick Replace to remove it.</source>
        <translation>已存的 {day} 收盘价 {close} 是前一个收盘价（{other_day} 的 {other}）的 {times} 倍，也远离后一个（{after}），而文件不会改动它：是已存数据输错？勾选“替换”即可删除。</translation>
    </message>
    <message>
        <source>the stored close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}) and the one after it ({after}), and the file leaves it in place: a typo in the stored bars? Tick Replace to remove it.</source>
        <translation>已存的 {day} 收盘价 {close} 只有前一个收盘价（{other_day} 的 {other}）的 1/{times}，也远离后一个（{after}），而文件不会改动它：是已存数据输错？勾选“替换”即可删除。</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the close before it ({other} on {other_day}) and the one after it ({after}): a typo?</source>
        <translation>{day} 的收盘价 {close} 是前一个收盘价（{other_day} 的 {other}）的 {times} 倍，也远离后一个（{after}）：是否输错？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}) and the one after it ({after}): a typo?</source>
        <translation>{day} 的收盘价 {close} 只有前一个收盘价（{other_day} 的 {other}）的 1/{times}，也远离后一个（{after}）：是否输错？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the stored close after it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 是其后已存收盘价（{other_day} 的 {other}）的 {times} 倍：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the stored close after it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 只有其后已存收盘价（{other_day} 的 {other}）的 1/{times}：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the stored close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 是其前已存收盘价（{other_day} 的 {other}）的 {times} 倍：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the stored close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 只有其前已存收盘价（{other_day} 的 {other}）的 1/{times}：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 是前一个收盘价（{other_day} 的 {other}）的 {times} 倍：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收盘价 {close} 只有前一个收盘价（{other_day} 的 {other}）的 1/{times}：是另一上市地的价格，还是按拆股调整过？</translation>
    </message>
    <message>
        <source>and {count} more as far from the close before them</source>
        <translation>另有 {count} 个收盘价与前一个相差同样悬殊</translation>
    </message>
    <message>
        <source>high {value} on {day} is {times}× the day&apos;s close ({close}): a typo?</source>
        <translation>{day} 的最高价 {value} 是当日收盘价（{close}）的 {times} 倍：是否输错？</translation>
    </message>
    <message>
        <source>low {value} on {day} is 1/{times} of the day&apos;s close ({close}): a typo?</source>
        <translation>{day} 的最低价 {value} 只有当日收盘价（{close}）的 1/{times}：是否输错？</translation>
    </message>
    <message>
        <source>(imported all the same: check the file)</source>
        <translation>（仍会导入：请检查文件）</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>新建基准</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>An index or ETF to compare your holding with. Import its daily prices like a listing&apos;s (any supported format); the position view then shows your TWR against it.</source>
        <translation>用于与您的持仓比较的指数或 ETF。像导入股票价格一样导入其日线价格（任何支持的格式）；持仓视图随后会显示您的 TWR 与它的对比。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>上市股份</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>税前金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The listing of the entry; a conversion names the listing given up (and shows under both listings when filtering).</source>
        <translation>记录所属的上市股份；转换记录显示转出的一方（筛选时两边都会显示）。</translation>
    </message>
    <message>
        <source>The account (broker record) of the entry; a conversion or a transfer names the account the units leave and the one they arrive in.</source>
        <translation>记录所属的账户（券商记录）；转换或转仓会列出股份转出和转入的账户。</translation>
    </message>
    <message>
        <source>Buy, Sell, Dividend, Fee (a standalone charge such as custody or the ADS depositary fee), Convert (ADS exchanged for Hong Kong shares or back; not a sale) or Transfer (units moved between two accounts; not a sale).</source>
        <translation>买入、卖出、股息、费用（单独的收费，如托管费或 ADS 存托费）、转换（ADS 换成港股或反向；不是卖出）或转仓（股份在两个账户之间转移；不是卖出）。</translation>
    </message>
    <message>
        <source>The currency of every amount on the row: the listing&apos;s for a trade or a fee, the paid currency for a dividend, the currency of the listing given up for a conversion.</source>
        <translation>该行所有金额的币种：交易或费用为该上市股份的币种，股息为派发币种，转换为转出方的币种。</translation>
    </message>
    <message>
        <source>Units traded or converted: ADS for BABA, ordinary shares for 9988.HK.</source>
        <translation>交易或转换的数量：BABA 为 ADS，9988.HK 为普通股。</translation>
    </message>
    <message>
        <source>Price per unit.</source>
        <translation>每股价格。</translation>
    </message>
    <message>
        <source>Trade: quantity × price. Dividend: the amount declared on your units, before tax and fees.</source>
        <translation>交易：数量 × 价格。股息：按您持股宣派的金额，未扣税费。</translation>
    </message>
    <message>
        <source>Commission and charges of a trade, the fee taken from a dividend, a standalone fee, or the fee of a conversion (in the currency of the listing given up).</source>
        <translation>交易的佣金及费用、从股息中扣除的费用、单独的费用，或转换的费用（以转出方币种计）。</translation>
    </message>
    <message>
        <source>Withholding tax deducted from a dividend.</source>
        <translation>从股息中扣除的预扣税。</translation>
    </message>
    <message>
        <source>Cash that left your account (a buy: quantity × price + fee; a fee; a conversion&apos;s fee) or reached it (a sell: quantity × price − fee; a dividend: gross − tax − fee, its net).</source>
        <translation>流出您账户的现金（买入：数量 × 价格 + 手续费；费用；转换的费用）或流入的现金（卖出：数量 × 价格 − 手续费；股息：税前 − 税 − 费用，即净额）。</translation>
    </message>
    <message>
        <source>Realized P&amp;L of a sell: its proceeds after fees minus the cost of the lots it closed (first in, first out, fees included).</source>
        <translation>一笔卖出的已实现盈亏：扣费后的所得减去其所平批次的成本（先进先出，含手续费）。</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>全部上市股份</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <source>credited {amount} at {rate} {currency} per {paid}</source>
        <translation>按 {rate} {currency} / {paid} 入账 {amount}</translation>
    </message>
    <message>
        <source>Show the transactions of one listing (a conversion shows under both)</source>
        <translation>只显示一个上市股份的记录（转换在两边都会显示）</translation>
    </message>
    <message>
        <source>Filter: date, type (buy, dividend, fee, convert…), note…</source>
        <translation>筛选：日期、类型（买入、股息、费用、转换…）、备注…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>Edit the selected transaction (in the transactions table)</source>
        <translation>编辑所选记录（在交易记录表中）</translation>
    </message>
    <message>
        <source>{total} transaction</source>
        <translation>{total} 条记录</translation>
    </message>
    <message>
        <source>{total} transactions</source>
        <translation>{total} 条记录</translation>
    </message>
    <message>
        <source>{shown} of {total} transaction</source>
        <translation>{total} 条记录中的 {shown} 条</translation>
    </message>
    <message>
        <source>{shown} of {total} transactions</source>
        <translation>{total} 条记录中的 {shown} 条</translation>
    </message>
    <message>
        <source>Since inception</source>
        <translation>自建仓以来</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 年</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义区间</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <source>The period the cards&apos; XIRR and TWR cover (Portfolio Performance&apos;s reporting periods): the value held at the end of the day before it starts counts as money put in on its first day, the value at its end as money taken out. YTD opens on 31 December, 1/3/5 years on the same date that many years before the as-of date. When nothing was held then, it starts at the first buy. Under a year nothing is annualized.</source>
        <translation>卡片上 XIRR 和 TWR 覆盖的区间（Portfolio Performance 的报告区间）：区间开始前一日收盘时的持仓市值计为首日投入的资金，区间结束时的市值计为取出的资金。年初至今从 12 月 31 日开始，1/3/5 年从截至日期往前相应年数的同一日期开始。若当时没有持仓，则从第一笔买入开始。不足一年的一律不年化。</translation>
    </message>
    <message>
        <source>How a sell&apos;s cost is found: FIFO closes the oldest lots first; moving average pools every lot at its average cost. It decides cost basis, realized P&amp;L, the gains view and the chart&apos;s average-cost line.</source>
        <translation>卖出成本的计算方法：FIFO 先平最早的批次；移动平均将所有批次合并按平均成本计。它决定持仓成本、已实现盈亏、盈亏视图和图表上的成本价线。</translation>
    </message>
    <message>
        <source>Show every figure as it stood at the end of this day (unticked: today).</source>
        <translation>显示各项数字在该日收盘时的状态（不勾选：今天）。</translation>
    </message>
    <message>
        <source>The first day of the custom period.</source>
        <translation>自定义区间的第一天。</translation>
    </message>
    <message>
        <source>The last day of the custom period (at most the as-of date): every figure of the cards is shown as it stood at its end.</source>
        <translation>自定义区间的最后一天（不晚于截至日期）：卡片上的各项数字按该日收盘时的状态显示。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>您已更正</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>您录入的</translation>
    </message>
    <message>
        <source>The last day of the calendar quarter the figures are for. Double-click a row to show that day on the price chart.</source>
        <translation>数字所属日历季度的最后一天。双击一行可在价格图上显示该日。</translation>
    </message>
    <message>
        <source>US dollars Alibaba spent on repurchasing its shares in the quarter.</source>
        <translation>阿里巴巴当季用于回购股份的美元金额。</translation>
    </message>
    <message>
        <source>Shares outstanding at the quarter end in ADS-equivalents (8 ordinary shares = 1 ADS), as Alibaba reported it.</source>
        <translation>阿里巴巴公布的季度末流通股数，折算为 ADS 等值（8 股普通股 = 1 ADS）。</translation>
    </message>
    <message>
        <source>Shares repurchased in the quarter, in ADS-equivalents.</source>
        <translation>当季回购的股数，以 ADS 等值计。</translation>
    </message>
    <message>
        <source>ADS-equivalents you hold on both listings (8 ordinary shares = 1 ADS) ÷ ADS-equivalents outstanding, the latest count Alibaba reported for a quarter ending on or before that day. Per billion: how many of every 1,000,000,000 ADS are yours.</source>
        <translation>您在两地持有的 ADS 等值（8 股普通股 = 1 ADS）÷ 流通的 ADS 等值（取阿里巴巴对该日或之前结束的季度公布的最新股数）。每十亿：每 1,000,000,000 ADS 中有多少属于您。</translation>
    </message>
    <message>
        <source>Shares outstanding then ÷ shares outstanding now − 1: how much larger the same number of ADS became as a slice of the company.</source>
        <translation>当时的流通股数 ÷ 现在的流通股数 − 1：同样数量的 ADS 占公司的份额增加了多少。</translation>
    </message>
    <message>
        <source>Change in your ownership split in two: buybacks = your holding before each step × (1/new count − 1/old count); your trades = change in your holding ÷ new count. The two add up to the change.</source>
        <translation>您持股比例的变化分为两部分：回购 = 每一步之前的持仓 × (1/新股数 − 1/旧股数)；您的交易 = 持仓变化 ÷ 新股数。两者相加等于总变化。</translation>
    </message>
    <message>
        <source>(Shares outstanding at the previous quarter end − at this quarter end) ÷ previous count: the change after employee share issuance, not the gross repurchase.</source>
        <translation>(上季度末流通股数 − 本季度末流通股数) ÷ 上季度股数：扣除员工股份发行后的变化，而非回购总数。</translation>
    </message>
    <message>
        <source>Your ownership at the quarter end × the amount Alibaba spent on repurchases in that quarter.</source>
        <translation>您在季度末的持股比例 × 阿里巴巴当季的回购金额。</translation>
    </message>
    <message>
        <source>Repurchases over the four quarters to this one ÷ market cap (BABA close on the quarter end, or at most a week before, × shares outstanding). Needs all four amounts and a price.</source>
        <translation>截至本季度的四个季度回购额 ÷ 市值（季度末或至多一周前的 BABA 收盘价 × 流通股数）。需要四个季度的金额和一个价格。</translation>
    </message>
    <message>
        <source>Authorization left: what the board has approved for repurchases and Alibaba has not spent yet, as of the latest quarter end that reports it.</source>
        <translation>剩余授权：董事会已批准、阿里巴巴尚未使用的回购额度，以最近公布该数字的季度末为准。</translation>
    </message>
    <message>
        <source>Repurchases over the latest four quarters with figures ÷ 4: the recent quarterly pace.</source>
        <translation>最近四个有数据季度的回购额 ÷ 4：近期每季度的回购节奏。</translation>
    </message>
    <message>
        <source>Remaining authorization ÷ (repurchases over the latest four quarters ÷ 4): quarters left if Alibaba keeps buying at that pace.</source>
        <translation>剩余授权 ÷ (最近四个季度回购额 ÷ 4)：按此节奏还能回购多少个季度。</translation>
    </message>
    <message>
        <source>Shares outstanding falling by the average net reduction of the same four quarters, until the remaining authorization is used up. A projection, not a forecast.</source>
        <translation>流通股数按同样四个季度的平均净减少量下降，直到剩余授权用完。这是推算，不是预测。</translation>
    </message>
    <message>
        <source>Alibaba&apos;s fiscal quarter (its fiscal year ends on 31 March).</source>
        <translation>阿里巴巴的财季（其财年截至 3 月 31 日）。</translation>
    </message>
    <message>
        <source>published: shipped with Tracker from the sources cited (&quot;secondary source&quot; when a figure comes from a news report, aggregator, translation or machine-written summary: double-check it); corrected by you: published figures you changed; entered by you: a quarter you added. Your figures are never overwritten by published data.</source>
        <translation>已公布：Tracker 根据所列来源自带的数据（数字来自新闻报道、聚合网站、翻译或机器生成摘要时标为“二手来源”：请核实）；您已更正：您修改过的公布数字；您录入的：您添加的季度。您的数字永远不会被公布数据覆盖。</translation>
    </message>
    <message>
        <source>Where the figures come from (hover a cell for the full addresses).</source>
        <translation>数字来源（悬停在单元格上可查看完整地址）。</translation>
    </message>
    <message>
        <source>Quarter end</source>
        <translation>季度末</translation>
    </message>
    <message>
        <source>Repurchased</source>
        <translation>回购金额</translation>
    </message>
    <message>
        <source>Net
reduction</source>
        <translation>净减少</translation>
    </message>
    <message>
        <source>Your
share</source>
        <translation>您的
份额</translation>
    </message>
    <message>
        <source>Buyback
yield</source>
        <translation>回购
收益率</translation>
    </message>
    <message>
        <source>ADS
outstanding</source>
        <translation>流通
ADS</translation>
    </message>
    <message>
        <source>ADS
bought</source>
        <translation>回购
ADS</translation>
    </message>
    <message>
        <source>Yours
/bn</source>
        <translation>您的
/十亿</translation>
    </message>
    <message>
        <source>Authorized
left</source>
        <translation>剩余
授权</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>财季</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Buybacks and your stake</source>
        <translation>回购与您的持股</translation>
    </message>
    <message>
        <source>What Alibaba&apos;s share repurchases did to your slice of the company</source>
        <translation>阿里巴巴的股份回购对您在公司中的份额有何影响</translation>
    </message>
    <message>
        <source>Figures use only the quarters that ended by this day and your holding at the end of it</source>
        <translation>数字只使用该日之前结束的季度，以及您在该日收盘时的持仓</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Repurchased, US$bn</source>
        <translation>回购金额（十亿美元）</translation>
    </message>
    <message>
        <source>Outstanding, M ADS</source>
        <translation>流通股（百万 ADS）</translation>
    </message>
    <message>
        <source>Yours /bn</source>
        <translation>您的 /十亿</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>您的持股</translation>
    </message>
    <message>
        <source>Accretion and its causes from this day to the as-of day</source>
        <translation>从该日到截至日期的增厚及其来源</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>持有</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>持股比例</translation>
    </message>
    <message>
        <source>Accretion</source>
        <translation>增厚</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源构成</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>可持续季度</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>授权余额</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>回购节奏</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Add or correct a quarter</source>
        <translation>添加或更正季度数据</translation>
    </message>
    <message>
        <source>Figures in US$ and ADS; 2.9bn and 36.6M are understood.</source>
        <translation>数字以美元和 ADS 计；可输入 2.9bn 和 36.6M 这样的写法。</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>source URL (optional)</source>
        <translation>来源网址（选填）</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for a quarter not in the table yet</source>
        <translation>清空表单，以录入表中尚没有的季度</translation>
    </message>
    <message>
        <source>Save quarter</source>
        <translation>保存季度</translation>
    </message>
    <message>
        <source>Revert to published</source>
        <translation>还原为公布数据</translation>
    </message>
    <message>
        <source>Repurchased (US$bn)</source>
        <translation>回购金额（十亿美元）</translation>
    </message>
    <message>
        <source>{quarter} ({day}): no repurchase figure on file</source>
        <translation>{quarter}（{day}）：没有回购数字记录</translation>
    </message>
    <message>
        <source>Outstanding (M ADS)</source>
        <translation>流通股（百万 ADS）</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Program (size after)</source>
        <translation>回购计划（变更后规模）</translation>
    </message>
    <message>
        <source>Your first buy: {day}</source>
        <translation>你的首次买入：{day}</translation>
    </message>
    <message>
        <source>Your first buy</source>
        <translation>您的首次买入</translation>
    </message>
    <message>
        <source>Add your trades to see your ownership over time</source>
        <translation>添加你的交易，即可查看持股比例随时间的变化</translation>
    </message>
    <message>
        <source>No shares-outstanding count reported for these dates</source>
        <translation>这些日期没有公布的流通股数</translation>
    </message>
    <message>
        <source>{units} ADS-equivalents (both listings) on {day}</source>
        <translation>{day} 持有 {units} ADS 等值（两地合计）</translation>
    </message>
    <message>
        <source>no shares-outstanding count on file for that day</source>
        <translation>该日没有已收录的流通股数</translation>
    </message>
    <message>
        <source>; none reported for the {count} quarters since</source>
        <translation>；此后 {count} 个季度未公布</translation>
    </message>
    <message>
        <source>&lt;b&gt;{per_bn} per billion ADS&lt;/b&gt; of {count} outstanding ({day}{stale})</source>
        <translation>流通 {count} 中&lt;b&gt;每十亿 ADS 占 {per_bn}&lt;/b&gt;（{day}{stale}）</translation>
    </message>
    <message>
        <source>As a fraction: {fraction}</source>
        <translation>比例：{fraction}</translation>
    </message>
    <message>
        <source>{quarter}: {note}</source>
        <translation>{quarter}：{note}</translation>
    </message>
    <message>
        <source>no buy recorded</source>
        <translation>没有买入记录</translation>
    </message>
    <message>
        <source>first buy {day} is before the first reported count ({first}); pick a later date below</source>
        <translation>首次买入 {day} 早于首个公布的股数（{first}）；请在下方选择较晚的日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; since your first buy ({day})</source>
        <translation>自您首次买入（{day}）以来 &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no shares-outstanding count by then</source>
        <translation>当时尚无流通股数</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; to {day}</source>
        <translation>至 {day} &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To the last share count reported by {as_of}: the quarter ended {counted}.</source>
        <translation>截至 {as_of} 已公布的最近一次股数：截至 {counted} 的季度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; per bn since {day}: {buybacks} buybacks, {trades} your trades</source>
        <translation>自 {day} 以来每十亿 &lt;b&gt;{total}&lt;/b&gt;：回购 {buybacks}，您的交易 {trades}</translation>
    </message>
    <message>
        <source>; program through {day}</source>
        <translation>；计划有效至 {day}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; left ({day}{through})</source>
        <translation>剩余 &lt;b&gt;{amount}&lt;/b&gt;（{day}{through}）</translation>
    </message>
    <message>
        <source>{pace} a quarter ({year} in the year to {day})</source>
        <translation>每季度 {pace}（截至 {day} 的一年共 {year}）</translation>
    </message>
    <message>
        <source>unknown: {why}</source>
        <translation>未知：{why}</translation>
    </message>
    <message>
        <source>no repurchase amounts on file</source>
        <translation>没有已收录的回购金额</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;{quarters} quarters&lt;/b&gt; at that pace (used up around {month})</source>
        <translation>按此节奏还可 &lt;b&gt;{quarters} 个季度&lt;/b&gt;（约 {month} 用完）</translation>
    </message>
    <message>
        <source>{start} → {end} ADS by {day} (−{step} a quarter; dashed line)</source>
        <translation>至 {day} {start} → {end} ADS（每季度 −{step}；虚线）</translation>
    </message>
    <message>
        <source>{quarter} ({day}): enter the figures from Alibaba&apos;s results or Share Repurchase Update for that quarter, then Save.</source>
        <translation>{quarter}（{day}）：请填写阿里巴巴该季度业绩或股份回购更新中的数字，然后保存。</translation>
    </message>
    <message>
        <source>The published figures: {explanation}</source>
        <translation>公布的数字：{explanation}</translation>
    </message>
    <message>
        <source>{amount} over four quarters ÷ market cap {cap}</source>
        <translation>四个季度合计 {amount} ÷ 市值 {cap}</translation>
    </message>
    <message>
        <source>Delete my quarter</source>
        <translation>删除我的季度</translation>
    </message>
    <message>
        <source>Saved {day} ({origin}); published data will not overwrite it.</source>
        <translation>已保存 {day}（{origin}）；公布的数据不会覆盖它。</translation>
    </message>
    <message>
        <source>{day}: published figures restored.</source>
        <translation>{day}：已恢复公布的数字。</translation>
    </message>
    <message>
        <source>{day}: your quarter was removed.</source>
        <translation>{day}：已删除你添加的季度。</translation>
    </message>
    <message>
        <source>Repurchased US$</source>
        <translation>回购金额（美元）</translation>
    </message>
    <message>
        <source>ADS bought</source>
        <translation>回购 ADS</translation>
    </message>
    <message>
        <source>ADS outstanding</source>
        <translation>流通 ADS</translation>
    </message>
    <message>
        <source>Authorization left</source>
        <translation>剩余授权</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt; (quarter ended {day})</source>
        <translation>&lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt;（截至 {day} 的季度）</translation>
    </message>
    <message>
        <source>the amount repurchased in {quarters}</source>
        <translation>{quarters}的回购金额</translation>
    </message>
    <message>
        <source>the ADS outstanding at the end of {quarters}</source>
        <translation>{quarters}末的流通 ADS</translation>
    </message>
    <message>
        <source>the authorization left at &lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt;的剩余授权</translation>
    </message>
    <message>
        <source>&lt;b&gt;To see the runway and projection, enter&lt;/b&gt; {asks}. Tracker found no published figure for it, so it shows none rather than a guess. It is in Alibaba&apos;s quarterly results and Share Repurchase Updates.</source>
        <translation>&lt;b&gt;要查看可持续季度和预测，请输入&lt;/b&gt;{asks}。Tracker 没有找到已公布的数字，因此不作猜测。该数字见于阿里巴巴的季度业绩和股份回购公告。</translation>
    </message>
    <message>
        <source>&lt;b&gt;To see the runway and projection, enter&lt;/b&gt; {asks}. Tracker found no published figure for them, so it shows none rather than a guess. They are in Alibaba&apos;s quarterly results and Share Repurchase Updates.</source>
        <translation>&lt;b&gt;要查看可持续季度和预测，请输入&lt;/b&gt;{asks}。Tracker 没有找到已公布的数字，因此不作猜测。这些数字见于阿里巴巴的季度业绩和股份回购公告。</translation>
    </message>
    <message>
        <source>Returns over</source>
        <translation>收益区间</translation>
    </message>
    <message>
        <source>Cost method</source>
        <translation>成本计算方法</translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation>自动（每日）</translation>
    </message>
    <message>
        <source>Manual (Back up now)</source>
        <translation>手动（立即备份）</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Before the upgrade to schema {version}</source>
        <translation>升级到第 {version} 版数据结构之前</translation>
    </message>
    <message>
        <source> (older name)</source>
        <translation>（旧名称）</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Tracker cannot open this database.</source>
        <translation>Tracker 无法打开此数据库。</translation>
    </message>
    <message>
        <source>Restoring replaces &lt;b&gt;{path}&lt;/b&gt; with the backup you choose. The backup is checked first, and the current database is saved to the backups folder before it is replaced (moved there as it is, when damaged).</source>
        <translation>恢复会用您选择的备份替换 &lt;b&gt;{path}&lt;/b&gt;。备份会先经过校验，当前数据库在被替换前会保存到备份文件夹（如已损坏则原样移过去）。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Backups folder: {path}</source>
        <translation>备份文件夹：{path}</translation>
    </message>
    <message>
        <source>No backups of this database in {path} yet: choose a file instead.</source>
        <translation>{path} 中尚无此数据库的备份：请改为选择文件。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Tracker 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>BABA&apos;s NYSE close against 8 × the 9988.HK close of the same calendar day (Hong Kong closes about 12 hours before New York) ÷ that day&apos;s USD/HKD rate.</source>
        <translation>BABA 的纽交所收盘价对比同一日历日 9988.HK 收盘价 × 8（香港比纽约早约 12 小时收盘）÷ 当日美元兑港元汇率。</translation>
    </message>
    <message>
        <source>ADS premium</source>
        <translation>ADS 溢价</translation>
    </message>
    <message>
        <source>No premium to show: import daily prices of both BABA and 9988.HK (and USDHKD rates) for days both listings traded.</source>
        <translation>没有可显示的溢价：请导入两地都有交易日的 BABA 和 9988.HK 日线价格（以及 USDHKD 汇率）。</translation>
    </message>
    <message>
        <source>ADS discount</source>
        <translation>ADS 折价</translation>
    </message>
    <message>
        <source>≈ at 7.80 HKD per USD (no rate stored)</source>
        <translation>≈ 按 1 美元兑 7.80 港元（未存汇率）</translation>
    </message>
    <message>
        <source>Dividends and splits reported</source>
        <translation>报告的股息和拆股</translation>
    </message>
    <message>
        <source>{provider} reported these events. Nothing has been recorded: tick the dividends you received and the splits that happened; you can correct a dividend&apos;s amount and pay date afterwards (double-click the row). Feeds have mislabelled Alibaba&apos;s ADS events before, so check each one against your broker&apos;s statement.</source>
        <translation>{provider} 报告了以下事件。尚未记录任何内容：请勾选您收到的股息和实际发生的拆股；之后可以修改股息的金额和派息日（双击该行）。数据源曾错误标注过阿里巴巴 ADS 的事件，请逐一对照您的券商结单核实。</translation>
    </message>
    <message>
        <source>record it: each {symbol} unit held before {day} becomes {factor}</source>
        <translation>记录为：{day} 之前持有的每股 {symbol} 变为 {factor}</translation>
    </message>
    <message>
        <source>record {amount} gross, dated {day}</source>
        <translation>记录税前 {amount}，日期 {day}</translation>
    </message>
    <message>
        <source>you held no {symbol} the day before: nothing to record</source>
        <translation>前一日您未持有 {symbol}：无需记录</translation>
    </message>
    <message>
        <source>not a split Tracker can record</source>
        <translation>Tracker 无法记录的拆股</translation>
    </message>
    <message>
        <source>Record ticked events</source>
        <translation>记录勾选的事件</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Price providers</source>
        <translation>行情提供方</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Scheme, host and port of a mirror or proxy; blank for {url}. The environment variable {variable} overrides it.</source>
        <translation>镜像或代理的协议、主机和端口；留空则使用 {url}。环境变量 {variable} 优先于此设置。</translation>
    </message>
    <message>
        <source>{provider} URL</source>
        <translation>{provider} 网址</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Update prices when Tracker opens</source>
        <translation>Tracker 启动时更新价格</translation>
    </message>
    <message>
        <source>Replace the stored bars with the provider&apos;s anyway?</source>
        <translation>仍要用数据源的K线替换已存的吗？</translation>
    </message>
    <message>
        <source>{symbol} dividend of {amount} per unit, ex-date {day}</source>
        <translation>{symbol} 每股派息 {amount}，除息日 {day}</translation>
    </message>
    <message>
        <source>{symbol} split {numerator}:{denominator} on {day}</source>
        <translation>{day} {symbol} 拆股 {numerator}:{denominator}</translation>
    </message>
    <message>
        <source>Update prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Fetching {series} from {provider}</source>
        <translation>正在从 {provider} 获取 {series}</translation>
    </message>
    <message>
        <source>{symbol} {added} added, {updated} updated</source>
        <translation>{symbol} 新增 {added}，更新 {updated}</translation>
    </message>
    <message>
        <source>Prices from {provider}: {counts}</source>
        <translation>来自 {provider} 的价格：{counts}</translation>
    </message>
    <message>
        <source>Replace stored prices?</source>
        <translation>替换已存的价格？</translation>
    </message>
    <message>
        <source>Replace the stored bars with the provider&apos;s anyway? Mixing adjusted and raw closes shifts old returns and reactions.</source>
        <translation>仍要用提供方的数据替换已存的K线吗？混用复权和未复权收盘价会改变以往的回报和股价反应。</translation>
    </message>
    <message>
        <source>Update refused: the stored prices are as they were</source>
        <translation>已拒绝更新：已存的价格保持原样</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: unexpected {error}</source>
        <translation>未写入任何内容：意外错误 {error}</translation>
    </message>
    <message>
        <source>Update cancelled: the database is as it was</source>
        <translation>更新已取消：数据库保持原样</translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation>无法记录该事件</translation>
    </message>
    <message>
        <source>Price provider settings saved</source>
        <translation>行情提供方设置已保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Cancelling… the database is left as it was.</source>
        <translation>正在取消……数据库保持原样。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Trade and statement files (*.csv *.txt *.xml *.json);;All files (*)</source>
        <translation>交易与结单文件 (*.csv *.txt *.xml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{day} buy {quantity} {symbol} at {price} {currency}, fee {fee}</source>
        <translation>{day} 买入 {quantity} {symbol}，价格 {price} {currency}，费用 {fee}</translation>
    </message>
    <message>
        <source>{day} sell {quantity} {symbol} at {price} {currency}, fee {fee}</source>
        <translation>{day} 卖出 {quantity} {symbol}，价格 {price} {currency}，费用 {fee}</translation>
    </message>
    <message>
        <source>{day} dividend {symbol} {gross} {currency}, withholding {withholding}</source>
        <translation>{day} 股息 {symbol} {gross} {currency}，预扣税 {withholding}</translation>
    </message>
    <message>
        <source>{day} fee {symbol} {amount} {currency}</source>
        <translation>{day} 费用 {symbol} {amount} {currency}</translation>
    </message>
    <message>
        <source>{day} conversion of {quantity} {symbol} to {other}</source>
        <translation>{day} 把 {quantity} {symbol} 转换为 {other}</translation>
    </message>
    <message>
        <source>{day} split of {symbol} x{factor}</source>
        <translation>{day} {symbol} 拆股 x{factor}</translation>
    </message>
    <message>
        <source>{day} transfer of {quantity} {symbol}, fee {fee}</source>
        <translation>{day} 转仓 {quantity} {symbol}，费用 {fee}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主账户</translation>
    </message>
    <message>
        <source>Redo {step} failed: {problem}</source>
        <translation>重做“{step}”失败：{problem}</translation>
    </message>
    <message>
        <source>Undo {step} failed: {problem}</source>
        <translation>撤销“{step}”失败：{problem}</translation>
    </message>
    <message>
        <source>add {entry}</source>
        <translation>添加 {entry}</translation>
    </message>
    <message>
        <source>edit {entry}</source>
        <translation>编辑 {entry}</translation>
    </message>
    <message>
        <source>delete {entry}</source>
        <translation>删除 {entry}</translation>
    </message>
    <message>
        <source>delete {count} entries</source>
        <translation>删除 {count} 个条目</translation>
    </message>
    <message>
        <source>add account {name}</source>
        <translation>添加账户 {name}</translation>
    </message>
    <message>
        <source>delete account {name}</source>
        <translation>删除账户 {name}</translation>
    </message>
    <message>
        <source>rename account {name}</source>
        <translation>重命名账户 {name}</translation>
    </message>
    <message>
        <source>import {count} {symbol} prices</source>
        <translation>导入 {count} 个 {symbol} 价格</translation>
    </message>
    <message>
        <source>import {count} activities</source>
        <translation>导入 {count} 项活动</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>市值</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>券商</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Broker id</source>
        <translation>券商账户号</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>无法删除：{reason}</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>重命名账户</translation>
    </message>
    <message>
        <source>New name of {name}:</source>
        <translation>{name} 的新名称：</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BuybackPanel</name>
    <message>
        <source>Buyback quarters</source>
        <translation>回购季度</translation>
    </message>
    <message>
        <source>Stake as of</source>
        <translation>持股截至</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <source>From accou&amp;nt</source>
        <translation>转出账户(&amp;N)</translation>
    </message>
    <message>
        <source>To accoun&amp;t</source>
        <translation>转入账户(&amp;T)</translation>
    </message>
    <message>
        <source>A rate of {rate} {to} per {frm} is far from the usual {expected}: is it the wrong way round? The cost carried over is multiplied by it.</source>
        <translation>汇率 {rate} {to}/{frm} 与通常的 {expected} 相差很远：是否写反了？转入的成本会乘以这个汇率。</translation>
    </message>
    <message>
        <source>ADS convert whole: {quantity} {symbol} units make {ads} ADS; the depositary converts multiples of {ratio} shares.</source>
        <translation>美国存托股按整数转换：{quantity} 单位 {symbol} 合 {ads} 股美国存托股；存托银行只转换 {ratio} 股的整数倍。</translation>
    </message>
</context>
<context>
    <name>DividendDialog</name>
    <message>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <source>The {title} of {symbol} is recorded already: {day}, net {net}. Saved again it is counted twice, unless it was a second payment.</source>
        <translation>{symbol} 的{title}已经记录过：{day}，净额 {net}。再次保存会重复计算，除非这是第二笔付款。</translation>
    </message>
    <message>
        <source>A gross of {gross} is far from the {declared} the {title} pays on the {units} {symbol} held at its ex-date {day}: is it right?</source>
        <translation>税前金额 {gross} 与{title}按除息日 {day} 持有的 {units} {symbol} 应付的 {declared} 相差很大：金额对吗？</translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <source>Past results</source>
        <translation>以往业绩</translation>
    </message>
    <message>
        <source>Choose the columns (or right-click the header)</source>
        <translation>选择显示的列（或右键点击表头）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>a weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>{exchange} did not trade on {day} ({why}): is the date right?</source>
        <translation>{exchange} 在 {day} 休市（{why}）：日期对吗？</translation>
    </message>
    <message>
        <source>{price} is outside {symbol}&apos;s range on {day} ({low} – {high}): is the price right?</source>
        <translation>{price} 超出 {symbol} 在 {day} 的价格区间（{low} – {high}）：价格对吗？</translation>
    </message>
</context>
<context>
    <name>ExportSizeDialog</name>
    <message>
        <source>Export size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>高度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
</context>
<context>
    <name>GainsDialog</name>
    <message>
        <source>Closed lots</source>
        <translation>已平仓批次</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>文件预览</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Listing shown in the chart</source>
        <translation>图表中显示的上市股份</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>财报</translation>
    </message>
    <message>
        <source>Buybacks</source>
        <translation>回购</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1（更新中…）</translation>
    </message>
    <message>
        <source>&amp;Transfer between accounts…</source>
        <translation>账户间转仓(&amp;T)…</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>正在读取 {path}…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} · total {total}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} · 总回报 {total}</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;position&quot;&gt;All figures&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;position&quot;&gt;全部数字&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Reading earnings…</source>
        <translation>正在读取财报…</translation>
    </message>
    <message>
        <source>Reading buybacks…</source>
        <translation>正在读取回购…</translation>
    </message>
    <message>
        <source>Record units moved from one account to another (not a sale: the lots keep their cost and dates)</source>
        <translation>记录从一个账户转到另一个账户的股份（不是卖出：批次保留原成本和日期）</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>新建账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account (a broker record) to keep activities in</source>
        <translation>添加一个账户（券商记录）来存放交易记录</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>账户(&amp;O)…</translation>
    </message>
    <message>
        <source>Rename the accounts, or delete one that holds nothing</source>
        <translation>重命名账户，或删除没有任何活动的账户</translation>
    </message>
    <message>
        <source>&amp;Earnings panel</source>
        <translation>业绩面板(&amp;E)</translation>
    </message>
    <message>
        <source>Buyback&amp;s panel</source>
        <translation>回购面板(&amp;S)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Tracker connects to the internet only when you ask it to (File ▸ Update prices); everything stays in your database file.</source>
        <translation>Tracker 只在您要求时联网（文件 ▸ 更新价格）；所有数据都保存在您的数据库文件中。</translation>
    </message>
    <message>
        <source>The other Tracker closed this database: you can edit again</source>
        <translation>另一个 Tracker 已关闭此数据库：您可以再次编辑</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {who} is writing to this database, so this window only shows it (and follows its changes). It becomes editable once that one closes.</source>
        <translation>&lt;b&gt;只读：&lt;/b&gt;{who}正在写入此数据库，因此本窗口仅显示它（并跟随其变更）。对方关闭后即可编辑。</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation>，另有 {count} 条</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} impossible entry in this history:&lt;/b&gt; {shown}{more}. Figures leave it out until you edit or delete it.</source>
        <translation>&lt;b&gt;历史记录中有 {count} 条不可能的记录：&lt;/b&gt;{shown}{more}。在您编辑或删除之前，各项数字不计入它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} impossible entries in this history:&lt;/b&gt; {shown}{more}. Figures leave them out until you edit or delete them.</source>
        <translation>&lt;b&gt;历史记录中有 {count} 条不可能的记录：&lt;/b&gt;{shown}{more}。在您编辑或删除之前，各项数字不计入它们。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} stored row cannot be read and is left out of every figure:&lt;/b&gt; {shown}{more} (`tracker check` lists them all).</source>
        <translation>&lt;b&gt;{count} 行存储数据无法读取，未计入任何数字：&lt;/b&gt;{shown}{more}（`tracker check` 会全部列出）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} stored rows cannot be read and are left out of every figure:&lt;/b&gt; {shown}{more} (`tracker check` lists them all).</source>
        <translation>&lt;b&gt;{count} 行存储数据无法读取，未计入任何数字：&lt;/b&gt;{shown}{more}（`tracker check` 会全部列出）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risky folder:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;有风险的文件夹：&lt;/b&gt;{warning}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{who} ended without closing this database; this window took it over</source>
        <translation>{who}未关闭此数据库就已结束；本窗口已接管它</translation>
    </message>
    <message>
        <source>Read-only: another Tracker is writing to this database</source>
        <translation>只读：另一个 Tracker 正在写入此数据库</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>{symbol} prices through {day}</source>
        <translation>{symbol} 价格截至 {day}</translation>
    </message>
    <message>
        <source>no prices yet — File ▸ Import prices</source>
        <translation>尚无价格——文件 ▸ 导入价格</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Dividend received</source>
        <translation>已收股息</translation>
    </message>
    <message>
        <source>net {net} (gross {gross})</source>
        <translation>净额 {net}（税前 {gross}）</translation>
    </message>
    <message>
        <source>Added {entry}</source>
        <translation>已添加：{entry}</translation>
    </message>
    <message>
        <source>Changed {entry}</source>
        <translation>已修改：{entry}</translation>
    </message>
    <message>
        <source>these {count} transactions</source>
        <translation>这 {count} 条记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}?

Undo (Ctrl+Z) brings it back.</source>
        <translation>删除{what}？

撤销（Ctrl+Z）可以恢复。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转仓</translation>
    </message>
    <message>
        <source>Nothing was deleted: {problem}</source>
        <translation>未删除任何内容：{problem}</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已删除：{what}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Name of the account (such as the broker&apos;s name):</source>
        <translation>账户名称（例如券商名称）：</translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation>无法添加账户</translation>
    </message>
    <message>
        <source>Added account {0}</source>
        <translation>已添加账户 {0}</translation>
    </message>
    <message>
        <source>Cannot rename the account</source>
        <translation>无法重命名账户</translation>
    </message>
    <message>
        <source>Renamed account {old} to {new}</source>
        <translation>已将账户 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Cannot delete the account</source>
        <translation>无法删除账户</translation>
    </message>
    <message>
        <source>Deleted account {name}</source>
        <translation>已删除账户 {name}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Importing {rows} {symbol} price rows from {file}</source>
        <translation>正在从 {file} 导入 {rows} 行 {symbol} 价格</translation>
    </message>
    <message>
        <source>Importing {rows} trades from {file}</source>
        <translation>正在从 {file} 导入 {rows} 笔交易</translation>
    </message>
    <message>
        <source>Importing {rows} activities from {file}</source>
        <translation>正在从 {file} 导入 {rows} 项活动</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported {symbol} prices: {added} added, {updated} updated ({first} to {last})</source>
        <translation>已导入 {symbol} 价格：新增 {added}，更新 {updated}（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>Imported {added} activities ({skipped} already there)</source>
        <translation>已导入 {added} 项活动（{skipped} 项已存在）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: unexpected {error}</source>
        <translation>未导入任何内容：意外错误 {error}</translation>
    </message>
    <message>
        <source>Import cancelled: the database is as it was</source>
        <translation>导入已取消：数据库保持原样</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <source>Exported {count} trades to {path}</source>
        <translation>已将 {count} 笔交易导出到 {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Tracker 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Tracker databases (*.db)</source>
        <translation>Tracker 数据库 (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open database to open it.</source>
        <translation>{path} 已存在。请用 文件 ▸ 打开数据库 打开它。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>{path} no longer exists</source>
        <translation>{path} 已不存在</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Back up failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>拒绝恢复</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>; the previous database was saved to {path}</source>
        <translation>；原数据库已保存到 {path}</translation>
    </message>
    <message>
        <source>; the damaged database was moved to {path}</source>
        <translation>；损坏的数据库已移至 {path}</translation>
    </message>
    <message>
        <source>Restored {name} from {backup}{kept}</source>
        <translation>已从 {backup} 恢复 {name}{kept}</translation>
    </message>
</context>
<context>
    <name>NextResultsCard</name>
    <message>
        <source>Remind days before the results</source>
        <translation>业绩发布前几天提醒</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>{arrow} average cost {cost:,.2f}</source>
        <translation>{arrow} 平均成本 {cost:,.2f}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>溢价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>could not write the image to {path}</source>
        <translation>无法把图像写入 {path}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <source>{price} is far from {symbol}&apos;s close of {close} on {day}: is the price right?</source>
        <translation>{price} 与 {symbol} 在 {day} 的收盘价 {close} 相差很大：价格对吗？</translation>
    </message>
    <message>
        <source>{symbol} trades in board lots of {lot} shares: {quantity} is not a whole number of lots (odd lots trade apart).</source>
        <translation>{symbol} 每手 {lot} 股：{quantity} 不是整手（碎股另行交易）。</translation>
    </message>
    <message>
        <source>The fee of {fee} is {share} of the trade&apos;s {gross}: is the fee right?</source>
        <translation>费用 {fee} 占这笔交易 {gross} 的 {share}：费用填对了吗？</translation>
    </message>
</context>
<context>
    <name>TradeImportDialog</name>
    <message>
        <source>Choose a trade CSV, an IBKR Flex statement (XML) or an export…</source>
        <translation>选择交易 CSV、IBKR Flex 结单 (XML) 或导出文件…</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>按内容识别</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Columns of this broker&apos;s file</source>
        <translation>此券商文件的列</translation>
    </message>
    <message>
        <source> (or amount)</source>
        <translation>（或金额）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>小数点 (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56 and 70,50)</source>
        <translation>逗号 (1.234,56 与 70,50)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>日期顺序</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>小数分隔符</translation>
    </message>
    <message>
        <source>Import possible duplicates too (rows equal to a stored activity except for their note)</source>
        <translation>也导入可能的重复项（除备注外与已存活动相同的行）</translation>
    </message>
    <message>
        <source>Record the splits the statement reports</source>
        <translation>记录结单报告的拆股</translation>
    </message>
    <message>
        <source>Rows that name no account go to</source>
        <translation>未注明账户的行归入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Rows as they will be read:</source>
        <translation>将读取的行：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Preset: {0}</source>
        <translation>预设：{0}</translation>
    </message>
    <message>
        <source>Map the columns…</source>
        <translation>映射列…</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name of this broker&apos;s mapping:</source>
        <translation>此券商映射的名称：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>not Tracker&apos;s columns: choose “Map the columns…” or a preset</source>
        <translation>不是 Tracker 的列：请选择“映射列…”或一个预设</translation>
    </message>
    <message>
        <source>detected: {0}</source>
        <translation>识别为：{0}</translation>
    </message>
    <message>
        <source>columns mapped below</source>
        <translation>列映射见下方</translation>
    </message>
    <message>
        <source>{0} read.</source>
        <translation>已读取 {0}。</translation>
    </message>
    <message>
        <source>{0:,} corporate action shown, not applied</source>
        <translation>显示 {0:,} 项公司行动，未应用</translation>
    </message>
    <message>
        <source>{0}: every {1} in this file is already imported ({2:,} skipped); nothing to add{3}.</source>
        <translation>{0}：此文件中每项{1}都已导入（跳过 {2:,} 项）；没有可添加的{3}。</translation>
    </message>
    <message>
        <source>{0}: &lt;b&gt;{1} to add&lt;/b&gt;, {2:,} already imported (skipped){3}.</source>
        <translation>{0}：&lt;b&gt;将添加 {1}&lt;/b&gt;，{2:,} 项已导入（跳过）{3}。</translation>
    </message>
    <message>
        <source>{0:,} row</source>
        <translation>{0:,} 行</translation>
    </message>
    <message>
        <source>{0:,} rows</source>
        <translation>{0:,} 行</translation>
    </message>
    <message>
        <source>{0:,} trade</source>
        <translation>{0:,} 笔交易</translation>
    </message>
    <message>
        <source>{0:,} trades</source>
        <translation>{0:,} 笔交易</translation>
    </message>
    <message>
        <source>{0:,} dividend</source>
        <translation>{0:,} 笔股息</translation>
    </message>
    <message>
        <source>{0:,} dividends</source>
        <translation>{0:,} 笔股息</translation>
    </message>
    <message>
        <source>{0:,} fee</source>
        <translation>{0:,} 笔费用</translation>
    </message>
    <message>
        <source>{0:,} fees</source>
        <translation>{0:,} 笔费用</translation>
    </message>
    <message>
        <source>{0:,} conversion</source>
        <translation>{0:,} 次转换</translation>
    </message>
    <message>
        <source>{0:,} conversions</source>
        <translation>{0:,} 次转换</translation>
    </message>
    <message>
        <source>{0:,} corporate action</source>
        <translation>{0:,} 项公司行动</translation>
    </message>
    <message>
        <source>{0:,} corporate actions</source>
        <translation>{0:,} 项公司行动</translation>
    </message>
    <message>
        <source>{0:,} transfer</source>
        <translation>{0:,} 次转仓</translation>
    </message>
    <message>
        <source>{0:,} transfers</source>
        <translation>{0:,} 次转仓</translation>
    </message>
    <message>
        <source>IBKR Flex statement</source>
        <translation>IBKR Flex 结单</translation>
    </message>
    <message>
        <source>Tracker trade CSV</source>
        <translation>Tracker 交易 CSV</translation>
    </message>
    <message>
        <source>Tracker export (CSV)</source>
        <translation>Tracker 导出 (CSV)</translation>
    </message>
    <message>
        <source>Tracker export (JSON)</source>
        <translation>Tracker 导出 (JSON)</translation>
    </message>
    <message>
        <source>mapped columns</source>
        <translation>映射的列</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>{0:,} possible duplicate ({1})</source>
        <translation>{0:,} 项可能重复（{1}）</translation>
    </message>
    <message>
        <source>{0:,} possible duplicates ({1})</source>
        <translation>{0:,} 项可能重复（{1}）</translation>
    </message>
    <message>
        <source>{0:,} not imported (other securities, cash)</source>
        <translation>{0:,} 项未导入（其他证券、现金）</translation>
    </message>
    <message>
        <source>{0:,} corporate actions shown, not applied</source>
        <translation>显示 {0:,} 项公司行动，未应用</translation>
    </message>
    <message>
        <source>{0:,} imported before corrected, {1:,} removed (reversed)</source>
        <translation>更正 {0:,} 项先前导入的记录，移除 {1:,} 项（已冲销）</translation>
    </message>
    <message>
        <source>new account: {0}</source>
        <translation>新账户：{0}</translation>
    </message>
    <message>
        <source>new accounts: {0}</source>
        <translation>新账户：{0}</translation>
    </message>
    <message>
        <source>possible duplicate: imported</source>
        <translation>可能重复：已导入</translation>
    </message>
    <message>
        <source>possible duplicate: skipped</source>
        <translation>可能重复：跳过</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>corrects the stored {0}</source>
        <translation>更正已存的 {0}</translation>
    </message>
    <message>
        <source>removes the stored entry (reversed)</source>
        <translation>移除已存记录（已冲销）</translation>
    </message>
    <message>
        <source>not imported: {0}</source>
        <translation>未导入：{0}</translation>
    </message>
    <message>
        <source>cancelled: {0}</source>
        <translation>已冲销：{0}</translation>
    </message>
    <message>
        <source>corporate action, not applied</source>
        <translation>公司行动，未应用</translation>
    </message>
    <message>
        <source>refused: {0}</source>
        <translation>拒绝：{0}</translation>
    </message>
</context>
<context>
    <name>TradesModel</name>
    <message>
        <source>Dividend: gross {gross} − withholding tax {tax} − fee {fee} = net {net} received</source>
        <translation>股息：总额 {gross} − 预扣税 {tax} − 费用 {fee} = 实收净额 {net}</translation>
    </message>
    <message>
        <source>{conversion}: not a sale — the lots keep their dates and their cost, carried at {rate} {to} per {from_}</source>
        <translation>{conversion}：不是卖出——批次保留原日期和成本，按每 {from_} 折 {rate} {to} 结转</translation>
    </message>
    <message>
        <source>; fee {0}</source>
        <translation>；费用 {0}</translation>
    </message>
    <message>
        <source>Transfer of {0}: not a sale — the lots keep their dates and their cost</source>
        <translation>转仓 {0}：不是卖出——批次保留原日期和成本</translation>
    </message>
    <message>
        <source>; fee {0}, added to their cost</source>
        <translation>；费用 {0}，计入其成本</translation>
    </message>
    <message>
        <source>A standalone fee (custody, ADS depositary fee, ...): it lowers the total return.</source>
        <translation>单独的费用（托管费、ADS 存托费等）：会降低总回报。</translation>
    </message>
</context>
<context>
    <name>TradesView</name>
    <message>
        <source>Show one account&apos;s transactions, and its positions in the cards above (a transfer shows under both accounts)</source>
        <translation>只显示一个账户的记录，以及上方卡片中它的持仓（转仓在两个账户下都会显示）</translation>
    </message>
    <message>
        <source>Filter transactions by text</source>
        <translation>按文字筛选交易</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Edit transfer</source>
        <translation>编辑转仓</translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation>账户间转仓</translation>
    </message>
    <message>
        <source>units moved</source>
        <translation>转移数量</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>上市股份(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;From account</source>
        <translation>转出账户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To account</source>
        <translation>转入账户(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>费用(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>What the brokers charged for the transfer, in the listing&apos;s currency: added to the cost of the units moved.</source>
        <translation>券商为转仓收取的费用，以该上市股份的币种计：计入被转移股份的成本。</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} 股</translation>
    </message>
    <message>
        <source>Held in {0} on {1} before this entry: {2} {3}</source>
        <translation>{1} 本笔之前在 {0} 持有：{2} {3}</translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>Figures as of</source>
        <translation>数字截至</translation>
    </message>
</context>
</TS>
