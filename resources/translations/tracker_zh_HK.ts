<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>1M</source>
        <translation>1個月</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>3個月</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>6個月</translation>
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
        <translation>20天移動平均線</translation>
    </message>
    <message>
        <source>Moving average 50</source>
        <translation>50天移動平均線</translation>
    </message>
    <message>
        <source>Moving average 200</source>
        <translation>200天移動平均線</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>平均成本</translation>
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
        <translation>業績</translation>
    </message>
    <message>
        <source>Buyback quarters</source>
        <translation>回購季度</translation>
    </message>
    <message>
        <source>Conversions and transfers</source>
        <translation>轉換與轉倉</translation>
    </message>
    <message>
        <source>Show all bars</source>
        <translation>顯示全部陰陽燭</translation>
    </message>
    <message>
        <source>Show year to date</source>
        <translation>顯示年初至今</translation>
    </message>
    <message>
        <source>Show the last {span}</source>
        <translation>顯示最近{span}</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>陰陽燭</translation>
    </message>
    <message>
        <source>Candlesticks: open, high, low, close</source>
        <translation>陰陽燭：開市、最高、最低、收市</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>折線</translation>
    </message>
    <message>
        <source>A line through the closes</source>
        <translation>收市價連線</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>對數</translation>
    </message>
    <message>
        <source>Logarithmic price scale: equal heights for equal % moves</source>
        <translation>對數價格座標：相同漲跌幅高度相同</translation>
    </message>
    <message>
        <source>Overlays</source>
        <translation>疊加</translation>
    </message>
    <message>
        <source>Moving averages, your trades and cost, company events</source>
        <translation>移動平均線、您的交易與成本、公司事件</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>價格走勢圖</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>持倉</translation>
    </message>
    <message>
        <source>Your position: market value against money invested, and P&amp;L</source>
        <translation>您的持倉：市值與投入資金對比，以及盈虧</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>溢價</translation>
    </message>
    <message>
        <source>BABA&apos;s premium or discount to 8 × the 9988.HK close ÷ USD/HKD, day by day</source>
        <translation>BABA 相對 8 × 9988.HK 收市價 ÷ 美元兑港元匯率的每日溢價或折價</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>將圖表儲存為圖像</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 圖像…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG 向量圖…</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>買入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>賣出</translation>
    </message>
    <message>
        <source>Dividend</source>
        <translation>股息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉倉</translation>
    </message>
    <message>
        <source>buy {quantity} {symbol} on {day}</source>
        <translation>{day} 買入 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>sell {quantity} {symbol} on {day}</source>
        <translation>{day} 賣出 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>dividend {amount} {symbol} on {day}</source>
        <translation>{day} {symbol} 股息 {amount}</translation>
    </message>
    <message>
        <source>fee {amount} {symbol} on {day}</source>
        <translation>{day} {symbol} 費用 {amount}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day}</source>
        <translation>{day} 轉倉 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {source} to {target} on {day}</source>
        <translation>{day} 將 {quantity} {source} 轉換為 {target}</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>持倉成本</translation>
    </message>
    <message>
        <source>Stale price</source>
        <translation>過時價格</translation>
    </message>
    <message>
        <source>Dividends (net)</source>
        <translation>股息（淨額）</translation>
    </message>
    <message>
        <source>The day&apos;s rate</source>
        <translation>當日匯率</translation>
    </message>
    <message>
        <source>Declared dividend</source>
        <translation>宣派股息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Total return at cost</source>
        <translation>按成本計的總回報</translation>
    </message>
    <message>
        <source>Annualized</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>報告區間</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>最大回撤</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波動率</translation>
    </message>
    <message>
        <source>Closed lot</source>
        <translation>已平倉批次</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>課稅年度</translation>
    </message>
    <message>
        <source>Order within a day</source>
        <translation>同日內的順序</translation>
    </message>
    <message>
        <source>Market prices</source>
        <translation>市場價格</translation>
    </message>
    <message>
        <source>ADS↔HK conversion</source>
        <translation>ADS↔港股轉換</translation>
    </message>
    <message>
        <source>The combined stake</source>
        <translation>兩地合併持倉</translation>
    </message>
    <message>
        <source>2019 share subdivision</source>
        <translation>2019 年股份拆細</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>Filter: type a term or any word of its definition</source>
        <translation>篩選：輸入術語或其定義中的任意詞</translation>
    </message>
    <message>
        <source>Filter the glossary</source>
        <translation>篩選術語表</translation>
    </message>
    <message>
        <source>Translated from the README&apos;s definitions; the filter finds English words too.</source>
        <translation>譯自 README 中的定義；篩選也能按英文詞查找。</translation>
    </message>
    <message>
        <source>{shown} of {total} definitions</source>
        <translation>{total} 條定義中的 {shown} 條</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Follows an Alibaba position across BABA (NYSE) and 9988.HK (HKEX), offline.</source>
        <translation>離線追蹤您在 BABA（紐交所）和 9988.HK（港交所）的阿里巴巴持倉。</translation>
    </message>
    <message>
        <source>Hover any figure for its definition; Help ▸ Glossary lists them all.</source>
        <translation>將滑鼠懸停在任一數字上可查看其定義；幫助 ▸ 術語表列出全部定義。</translation>
    </message>
    <message>
        <source>About Tracker</source>
        <translation>關於 Tracker</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty database and switch to it</source>
        <translation>建立一個空資料庫並切換到它</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打開資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Switch to another Tracker database</source>
        <translation>切換到另一個 Tracker 資料庫</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to its backups folder</source>
        <translation>將經過校驗的資料庫副本寫入其備份資料夾</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups (checked first; the current one is saved)</source>
        <translation>用某個備份替換資料庫（先校驗；當前資料庫會被儲存）</translation>
    </message>
    <message>
        <source>Import &amp;prices…</source>
        <translation>匯入價格(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a daily price CSV (Yahoo, Stooq, Nasdaq, Investing.com)</source>
        <translation>匯入日線價格 CSV（Yahoo、Stooq、Nasdaq、Investing.com）</translation>
    </message>
    <message>
        <source>Import &amp;trades…</source>
        <translation>匯入交易(&amp;T)…</translation>
    </message>
    <message>
        <source>Import trades from a CSV file</source>
        <translation>從 CSV 檔案匯入交易</translation>
    </message>
    <message>
        <source>&amp;Update prices</source>
        <translation>更新價格(&amp;U)</translation>
    </message>
    <message>
        <source>Fetch the daily bars each listing lacks from the price provider (the only time Tracker goes online)</source>
        <translation>從行情提供方獲取各上市股份缺少的日線（Tracker 僅在此時聯網）</translation>
    </message>
    <message>
        <source>Price pro&amp;viders…</source>
        <translation>價格數據源(&amp;V)…</translation>
    </message>
    <message>
        <source>Add d&amp;ividend…</source>
        <translation>新增股息(&amp;I)…</translation>
    </message>
    <message>
        <source>New ben&amp;chmark…</source>
        <translation>新增基準(&amp;C)…</translation>
    </message>
    <message>
        <source>Chart &amp;{symbol}</source>
        <translation>圖表(&amp;{symbol})</translation>
    </message>
    <message>
        <source>Provider, addresses and timeout for Update prices</source>
        <translation>“更新價格”使用的提供方、地址和超時</translation>
    </message>
    <message>
        <source>&amp;Export trades CSV…</source>
        <translation>匯出交易 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every trade to a CSV file that Import trades reads back</source>
        <translation>將全部交易寫入“匯入交易”可讀回的 CSV 檔案</translation>
    </message>
    <message>
        <source>Export &amp;all activities…</source>
        <translation>匯出全部活動(&amp;A)…</translation>
    </message>
    <message>
        <source>Write every trade, dividend, fee, conversion and corporate action to one CSV or JSON file that Import trades reads back</source>
        <translation>把每筆交易、股息、費用、轉換和公司行動寫入一個 CSV 或 JSON 檔案，匯入交易可讀回</translation>
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
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;transactions</source>
        <translation>前往交易表(&amp;T)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the transactions table</source>
        <translation>把鍵盤焦點移到交易表</translation>
    </message>
    <message>
        <source>&amp;New trade…</source>
        <translation>新增交易(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a buy or a sell</source>
        <translation>記錄一筆買入或賣出</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected transaction (or double-click it)</source>
        <translation>修改所選記錄（或雙擊它）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected transactions (asks first)</source>
        <translation>刪除所選記錄（會先確認）</translation>
    </message>
    <message>
        <source>Record a dividend payment</source>
        <translation>記錄一筆股息</translation>
    </message>
    <message>
        <source>Add &amp;fee…</source>
        <translation>添加費用(&amp;F)…</translation>
    </message>
    <message>
        <source>Record a standalone fee: custody, ADS depositary fee, ...</source>
        <translation>記錄一筆單獨的費用：託管費、ADS 存託費等</translation>
    </message>
    <message>
        <source>&amp;Convert ADS ↔ HK shares…</source>
        <translation>美國存託股 ↔ 港股轉換(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a conversion between BABA ADS and 9988.HK shares</source>
        <translation>記錄 BABA 美國存託股與 9988.HK 股份之間的轉換</translation>
    </message>
    <message>
        <source>&amp;About Tracker</source>
        <translation>關於 Tracker(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>術語表(&amp;G)</translation>
    </message>
    <message>
        <source>How every figure is computed, searchable</source>
        <translation>每個數字的計算方法，可搜尋</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every key of the window&apos;s commands</source>
        <translation>視窗中所有命令的按鍵</translation>
    </message>
    <message>
        <source>Realized &amp;gains…</source>
        <translation>已實現盈虧(&amp;G)…</translation>
    </message>
    <message>
        <source>Closed lots and realized gains by calendar or tax year</source>
        <translation>按曆年或課稅年度列出已平倉批次和已實現盈虧</translation>
    </message>
    <message>
        <source>Add an index or ETF (SPY, KWEB, ^HSI) to compare with</source>
        <translation>添加用於比較的指數或 ETF（SPY、KWEB、^HSI）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>最近的資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Trades</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>Export all activities</source>
        <translation>匯出全部活動</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 檔案 (*.csv);;JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
    <message>
        <source>Exported {0:,} activities to {1}</source>
        <translation>已匯出 {0:,} 項活動到 {1}</translation>
    </message>
    <message>
        <source>Max drawdown &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation>最大回撤 &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>now {rate}</source>
        <translation>當前 {rate}</translation>
    </message>
    <message>
        <source>volatility {rate} over the period ({yearly} a year)</source>
        <translation>區間波動率 {rate}（年化 {yearly}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum drawdown&lt;/b&gt;: the largest fall of the TWR index from its highest point so far, (peak − trough) ÷ peak, with the peak&apos;s and the trough&apos;s dates; the period&apos;s opening counts as a peak. &lt;b&gt;Now&lt;/b&gt;: the fall from the highest point to the last day. &lt;b&gt;Volatility&lt;/b&gt; (Portfolio Performance&apos;s): the standard deviation of the daily log returns ln(1 + rₜ) over the period, scaled to its length: √(n · Σ(ln(1 + rₜ) − mean)² ÷ (n − 1)) for n daily returns. &lt;b&gt;A year&lt;/b&gt;: the daily standard deviation × √252.</source>
        <translation>&lt;b&gt;最大回撤&lt;/b&gt;：TWR 指數從此前最高點下跌的最大幅度，(峯值 − 谷值) ÷ 峯值，並附峯值和谷值的日期；區間起點也算作一個峯值。&lt;b&gt;當前&lt;/b&gt;：從最高點到最後一天的跌幅。&lt;b&gt;波動率&lt;/b&gt;（Portfolio Performance 的定義）：區間內每日對數收益 ln(1 + rₜ) 的標準差，按區間長度縮放：n 個日收益時為 √(n · Σ(ln(1 + rₜ) − 平均值)² ÷ (n − 1))。&lt;b&gt;年化&lt;/b&gt;：日標準差 × √252。</translation>
    </message>
    <message>
        <source>Bought {quantity} at {price}</source>
        <translation>以 {price} 買入 {quantity}</translation>
    </message>
    <message>
        <source>Sold {quantity} at {price}</source>
        <translation>以 {price} 賣出 {quantity}</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢復任何內容。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>請輸入數字</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必須是數字</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必須大於 0</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>必須小於 {limit}</translation>
    </message>
    <message>
        <source>not a date: use YYYY-MM-DD</source>
        <translation>不是日期：請使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>不能超過 {limit}</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>不能小於 {limit}</translation>
    </message>
    <message>
        <source>write the number without an exponent (1000, not 1e3)</source>
        <translation>請不要用指數寫法（寫 1000，而不是 1e3）</translation>
    </message>
    <message>
        <source>use a dot for decimals and commas only between groups of three digits (1,234.50)</source>
        <translation>小數點請用“.”，逗號只能用於三位一組的分隔（1,234.50）</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>請輸入日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>no such date {text}</source>
        <translation>沒有這個日期 {text}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} 是未來日期</translation>
    </message>
    <message>
        <source>{day} is before {year}</source>
        <translation>{day} 早於 {year} 年</translation>
    </message>
    <message>
        <source>{day} is before {symbol} first traded on {first}</source>
        <translation>{day} 早於 {symbol} 首個交易日 {first}</translation>
    </message>
    <message>
        <source>sell of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 賣出 {quantity} {symbol}，超過當時持有的 {held}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 轉換 {quantity} {symbol}，超過當時持有的 {held}</translation>
    </message>
    <message>
        <source>{symbol} trades in {currency}, not {other}</source>
        <translation>{symbol} 以 {currency} 交易，不是 {other}</translation>
    </message>
    <message>
        <source>use USD, HKD or CNY</source>
        <translation>請使用 USD、HKD 或 CNY</translation>
    </message>
    <message>
        <source>{amount} hundred million US dollars</source>
        <translation>{amount}億美元</translation>
    </message>
    <message>
        <source>{amount} ten thousand US dollars</source>
        <translation>{amount}萬美元</translation>
    </message>
    <message>
        <source>{amount} US dollars</source>
        <translation>{amount}美元</translation>
    </message>
    <message>
        <source>{amount} hundred million</source>
        <translation>{amount}億</translation>
    </message>
    <message>
        <source>{amount} ten thousand</source>
        <translation>{amount}萬</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Primary source: read in Alibaba&apos;s own filing or results release.</source>
        <translation>一手來源：取自阿里巴巴本身的公告或業績公佈。</translation>
    </message>
    <message>
        <source>Secondary source: at least one figure comes from a news report, aggregator, translation or machine-written summary. Check it against Alibaba&apos;s filing.</source>
        <translation>二手來源：至少有一個數字來自新聞報道、數據彙總網站、譯文或機器生成的摘要。請與阿里巴巴的公告核對。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>備註：{note}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>{quarter} results (estimated), {session}</source>
        <translation>{quarter}業績（預計），{session}</translation>
    </message>
    <message>
        <source>{quarter} results (announced), {session}</source>
        <translation>{quarter}業績（已公佈日期），{session}</translation>
    </message>
    <message>
        <source>{quarter} results, {session}</source>
        <translation>{quarter}業績，{session}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Buyback {quarter}</source>
        <translation>回購 {quarter}</translation>
    </message>
    <message>
        <source>Buyback program</source>
        <translation>回購計劃</translation>
    </message>
    <message>
        <source>{amount} repurchased ({count} ADS)</source>
        <translation>回購 {amount}（{count} 股 ADS）</translation>
    </message>
    <message>
        <source>{count} ADS outstanding</source>
        <translation>流通 ADS {count} 股</translation>
    </message>
    <message>
        <source>{amount} authorization left</source>
        <translation>剩餘授權 {amount}</translation>
    </message>
    <message>
        <source>program size {amount}</source>
        <translation>計劃規模 {amount}</translation>
    </message>
    <message>
        <source>total not stated</source>
        <translation>未公佈總額</translation>
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
        <translation>新計劃</translation>
    </message>
    <message>
        <source>upsized from {before}</source>
        <translation>由 {before} 上調</translation>
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
        <translation>自 {month} 起兩年</translation>
    </message>
    <message>
        <source>the end of {year}</source>
        <translation>{year} 年底</translation>
    </message>
    <message>
        <source>{month} (the end of fiscal year {year})</source>
        <translation>{month}（{year} 財年末）</translation>
    </message>
    <message>
        <source>{month}</source>
        <translation>{month}</translation>
    </message>
    <message>
        <source>{figure} (median of {count} brokers)</source>
        <translation>{figure}（{count} 家券商預測的中位數）</translation>
    </message>
    <message>
        <source>{figure} (adjusted)</source>
        <translation>{figure}（經調整）</translation>
    </message>
    <message>
        <source>{figure} (adjusted, per ADS)</source>
        <translation>{figure}（經調整，每股 ADS）</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>special</source>
        <translation>特別</translation>
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
        <translation>登記日 {day}</translation>
    </message>
    <message>
        <source>record date not sourced</source>
        <translation>登記日無來源</translation>
    </message>
    <message>
        <source>pay date {day}</source>
        <translation>派息日 {day}</translation>
    </message>
    <message>
        <source>pay date not sourced</source>
        <translation>派息日無來源</translation>
    </message>
    <message>
        <source>Hong Kong ex-date not sourced: the ADS ex-date is shown</source>
        <translation>港股除息日無來源：顯示的是 ADS 的除息日</translation>
    </message>
    <message>
        <source>No dividend Alibaba declared went ex in the {days} days up to {day}</source>
        <translation>截至 {day} 的 {days} 天內，阿里巴巴宣派的股息都沒有除息</translation>
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
        <translation>{title}的除息日 {day} 你沒有持有 {symbol}：只有除息日之前持有的股份才能獲派。</translation>
    </message>
    <message>
        <source>a Tracker window (process {pid})</source>
        <translation>一個 Tracker 視窗（程序 {pid}）</translation>
    </message>
    <message>
        <source>another tracker command (process {pid})</source>
        <translation>另一個 tracker 指令（程序 {pid}）</translation>
    </message>
    <message>
        <source>{count} of the 4 quarters to {day} have no amount</source>
        <translation>截至 {day} 的 4 個季度中有 {count} 個沒有金額</translation>
    </message>
    <message>
        <source>name the currency the dividend was credited in</source>
        <translation>請填寫股息入賬的幣種</translation>
    </message>
    <message>
        <source>{name} is the account every activity without one belongs to; rename it instead</source>
        <translation>{name} 是所有未指定帳戶的活動所屬的帳戶；請改為重新命名</translation>
    </message>
    <message>
        <source>{name} still holds activities; delete or move them first</source>
        <translation>{name} 仍有活動；請先刪除或移走它們</translation>
    </message>
    <message>
        <source>an account named {name} already exists</source>
        <translation>已有名為 {name} 的帳戶</translation>
    </message>
    <message>
        <source>ambiguous date {text}: use YYYY-MM-DD</source>
        <translation>日期 {text} 有歧義：請使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{day} is a weekend, when {exchange} does not trade</source>
        <translation>{day} 是週末，{exchange} 不交易</translation>
    </message>
    <message>
        <source>{day} is a weekday {exchange} was closed (a holiday)</source>
        <translation>{day} 是{exchange}休市的工作日（假期）</translation>
    </message>
    <message>
        <source>sell of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 賣出 {quantity} {symbol}，超過 {account} 當時持有的 {held}</translation>
    </message>
    <message>
        <source>conversion of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 轉換 {quantity} {symbol}，超過 {account} 當時持有的 {held}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day} exceeds the {held} held then in {account}</source>
        <translation>{day} 轉倉 {quantity} {symbol}，超過 {account} 當時持有的 {held}</translation>
    </message>
    <message>
        <source>transfer of {quantity} {symbol} on {day} exceeds the {held} held then</source>
        <translation>{day} 轉倉 {quantity} {symbol}，超過當時持有的 {held}</translation>
    </message>
    <message>
        <source>{symbol} trades in {currency}</source>
        <translation>{symbol} 以 {currency} 交易</translation>
    </message>
    <message>
        <source>use a three-letter code such as USD or HKD</source>
        <translation>請使用三個字母的代碼，例如 USD 或 HKD</translation>
    </message>
    <message>
        <source>unknown listing {symbol}</source>
        <translation>未知的上市證券 {symbol}</translation>
    </message>
    <message>
        <source>unknown listing</source>
        <translation>未知的上市證券</translation>
    </message>
    <message>
        <source>a symbol is required (BABA or 9988.HK)</source>
        <translation>必須填寫代碼（BABA 或 9988.HK）</translation>
    </message>
    <message>
        <source>89988 is the renminbi-traded counter of the same Hong Kong shares: a separate line with its own prices, which this app does not track; record the trade as 9988.HK only if it was in HKD</source>
        <translation>89988 是同一批港股的人民幣交易櫃枱：有自己價格的獨立櫃台，本應用不追蹤；只有以港元成交時才記為 9988.HK</translation>
    </message>
    <message>
        <source>must be buy or sell (also B/S, Bought/Sold, 买入/卖出, 買入/賣出)</source>
        <translation>必須是買入或賣出（也可寫 B/S、Bought/Sold、買入/賣出、買入/賣出）</translation>
    </message>
    <message>
        <source>must be buy or sell</source>
        <translation>必須是買入或賣出</translation>
    </message>
    <message>
        <source>is {length} characters long; keep it under {limit}</source>
        <translation>長 {length} 個字元；請少於 {limit} 個</translation>
    </message>
    <message>
        <source>holds bytes that are not UTF-8 text; retype it or save the file as UTF-8</source>
        <translation>含有不是 UTF-8 文本的位元組；請重新輸入，或把檔案另存為 UTF-8</translation>
    </message>
    <message>
        <source>{amount} in {currency} cannot be shown on {symbol} ({other}): use USD or HKD</source>
        <translation>{currency} 金額 {amount} 無法計入 {symbol}（{other}）：請使用 USD 或 HKD</translation>
    </message>
    <message>
        <source>withholding tax and fee ({deducted}) exceed the gross dividend ({gross})</source>
        <translation>預扣稅和費用（{deducted}）超過股息總額（{gross}）</translation>
    </message>
    <message>
        <source>net {net} {currency} x {rate} is {amount} {other}, not the {received} received; give one of the two and the other is derived</source>
        <translation>淨額 {net} {currency} x {rate} 為 {amount} {other}，不是實收的 {received}；兩者只填其一，另一個會自動推算</translation>
    </message>
    <message>
        <source>both listings trade in {currency}, so the rate is 1</source>
        <translation>兩隻上市證券都以 {currency} 交易，所以匯率為 1</translation>
    </message>
    <message>
        <source>a transfer moves units to another account; both are {account}</source>
        <translation>轉倉是把股份轉到另一個帳戶；兩邊都是 {account}</translation>
    </message>
    <message>
        <source>a transfer fee on {symbol} is in {currency}</source>
        <translation>{symbol} 的轉倉費用以 {currency} 計</translation>
    </message>
    <message>
        <source>the dividend was declared in {currency}; a received amount is for a dividend credited in another currency</source>
        <translation>該股息以 {currency} 宣派；實收金額只用於以另一種貨幣入賬的股息</translation>
    </message>
    <message>
        <source>converting {symbol} into itself changes nothing</source>
        <translation>把 {symbol} 轉換成它自己沒有任何變化</translation>
    </message>
    <message>
        <source>a conversion exchanges ADS for ordinary shares or back; {symbol} and {other} are both {kind}</source>
        <translation>轉換是 ADS 與普通股之間的互換；{symbol} 和 {other} 都是{kind}</translation>
    </message>
    <message>
        <source>leave it out rather than empty</source>
        <translation>請不填，而不是留空</translation>
    </message>
    <message>
        <source>use one of {choices} or none</source>
        <translation>請使用 {choices} 之一，或不填</translation>
    </message>
    <message>
        <source>starts or ends with a space</source>
        <translation>開頭或結尾有空格</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>holds a control character (a line break, a tab, ...)</source>
        <translation>含有控制字元（換行、製表符等）</translation>
    </message>
    <message>
        <source>an account needs a name</source>
        <translation>帳戶需要名稱</translation>
    </message>
    <message>
        <source>another account has the broker id {name}</source>
        <translation>另一個帳戶已使用券商編號 {name}</translation>
    </message>
    <message>
        <source>no account with id {id} (known: {known})</source>
        <translation>沒有編號為 {id} 的帳戶（現有：{known}）</translation>
    </message>
    <message>
        <source>no account with id {id}</source>
        <translation>沒有編號為 {id} 的帳戶</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>請選擇 {choices} 之一</translation>
    </message>
    <message>
        <source>unknown account {name} (known: {known})</source>
        <translation>未知的帳戶 {name}（現有：{known}）</translation>
    </message>
    <message>
        <source>no trade with id {id}</source>
        <translation>沒有編號為 {id} 的交易</translation>
    </message>
    <message>
        <source>a {kind} to change needs its id</source>
        <translation>要修改的{kind}需要編號</translation>
    </message>
    <message>
        <source>no {kind} with id {id} (deleted elsewhere?)</source>
        <translation>沒有編號為 {id} 的{kind}（已在別處刪除？）</translation>
    </message>
    <message>
        <source>{kind} {id} was changed elsewhere since (it now reads {now}); nothing was done</source>
        <translation>{kind} {id} 之後已在別處修改（現為 {now}）；未作任何改動</translation>
    </message>
    <message>
        <source>an entry with id {id} already exists; nothing was done</source>
        <translation>編號為 {id} 的條目已存在；未作任何改動</translation>
    </message>
    <message>
        <source>no results stored for {quarter}</source>
        <translation>沒有 {quarter} 的業績記錄</translation>
    </message>
    <message>
        <source>an event to update needs its id</source>
        <translation>要更新的業績記錄需要編號</translation>
    </message>
    <message>
        <source>no results event with id {id}</source>
        <translation>沒有編號為 {id} 的業績記錄</translation>
    </message>
    <message>
        <source>{quarter} is bundled reference data and cannot be deleted; revert it to undo your edit</source>
        <translation>{quarter} 是內置的參考資料，不能刪除；要撤銷你的修改，請還原該行</translation>
    </message>
    <message>
        <source>{quarter} is bundled reference data and cannot be deleted</source>
        <translation>{quarter} 是內置的參考資料，不能刪除</translation>
    </message>
    <message>
        <source>only an edited bundled row can be reverted</source>
        <translation>只有修改過的內置行才能還原</translation>
    </message>
    <message>
        <source>{quarter} is no longer in the bundled data</source>
        <translation>內置資料中已沒有 {quarter}</translation>
    </message>
    <message>
        <source>use the form FY2026Q3 (fiscal years end 31 March)</source>
        <translation>請使用 FY2026Q3 這樣的格式（財年於 3 月 31 日結束）</translation>
    </message>
    <message>
        <source>the release comes after the quarter ends ({day})</source>
        <translation>業績在季度結束（{day}）之後才公佈</translation>
    </message>
    <message>
        <source>use before or after (the US market open)</source>
        <translation>請使用 before 或 after（美股開市前或收市後）</translation>
    </message>
    <message>
        <source>must be more than 0 (RMB billion)</source>
        <translation>必須大於 0（十億元人民幣）</translation>
    </message>
    <message>
        <source>must be more than 0 (US$ billion)</source>
        <translation>必須大於 0（十億美元）</translation>
    </message>
    <message>
        <source>must be more than 0 (RMB per ADS)</source>
        <translation>必須大於 0（每股 ADS 人民幣）</translation>
    </message>
    <message>
        <source>{quarter} ends on {day}</source>
        <translation>{quarter} 於 {day} 結束</translation>
    </message>
    <message>
        <source>{quarter} is already stored; edit that row instead</source>
        <translation>{quarter} 已有記錄；請改為編輯該行</translation>
    </message>
    <message>
        <source>between 0 and 60 days</source>
        <translation>介於 0 到 60 天之間</translation>
    </message>
    <message>
        <source>no buyback figures for {day}</source>
        <translation>沒有 {day} 的回購數字</translation>
    </message>
    <message>
        <source>enter at least one figure for the quarter</source>
        <translation>請至少填寫該季度的一個數字</translation>
    </message>
    <message>
        <source>that quarter has not ended yet</source>
        <translation>該季度尚未結束</translation>
    </message>
    <message>
        <source>must be the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep or 31 Dec)</source>
        <translation>必須是日曆季度的最後一天（3 月 31 日、6 月 30 日、9 月 30 日或 12 月 31 日）</translation>
    </message>
    <message>
        <source>{symbol} is already a series</source>
        <translation>{symbol} 已經是一個序列</translation>
    </message>
    <message>
        <source>use 1 to 20 letters, digits or . ^ = _ - (such as SPY or ^HSI)</source>
        <translation>請使用 1 到 20 個字母、數字或 . ^ = _ -（例如 SPY 或 ^HSI）</translation>
    </message>
    <message>
        <source>cannot read {path}: no such file</source>
        <translation>無法讀取 {path}：檔案不存在</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>無法讀取 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot write {path} ({problem})</source>
        <translation>無法寫入 {path}（{problem}）</translation>
    </message>
    <message>
        <source>{path}: cannot write ({problem})</source>
        <translation>{path}：無法寫入（{problem}）</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>無法寫入 {path}：{problem}</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {problem}</source>
        <translation>無法恢復到 {path}：{problem}</translation>
    </message>
    <message>
        <source>larger than {size} MiB; split it first</source>
        <translation>大於 {size} MiB；請先拆分</translation>
    </message>
    <message>
        <source>is {size} MB; at most {limit} MB can be imported at once (split it into several files)</source>
        <translation>大小為 {size} MB；一次最多可匯入 {limit} MB（請拆分成幾個檔案）</translation>
    </message>
    <message>
        <source>is over {size} MB; split it into several files</source>
        <translation>超過 {size} MB；請拆分成幾個檔案</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8 CSV (in Excel: CSV UTF-8)</source>
        <translation>不是 UTF-8 文本；請把檔案另存為 UTF-8 CSV（在 Excel 中：CSV UTF-8）</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {count}); save the file as UTF-8 CSV (in Excel: CSV UTF-8)</source>
        <translation>不是 UTF-8 文本（第 {count} 個位元組）；請把檔案另存為 UTF-8 CSV（在 Excel 中：CSV UTF-8）</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {count})</source>
        <translation>不是 UTF-8 文本（第 {count} 個位元組）</translation>
    </message>
    <message>
        <source>holds NUL bytes: not a text CSV file (UTF-16 without a byte-order mark, or binary data); save it as UTF-8 CSV</source>
        <translation>含有 NUL 位元組：不是文本 CSV 檔案（沒有位元組順序標記的 UTF-16，或二進位數據）；請另存為 UTF-8 CSV</translation>
    </message>
    <message>
        <source>a line is longer than {limit} characters: not a CSV file of prices or trades</source>
        <translation>有一行超過 {limit} 個字元：不是價格或交易的 CSV 檔案</translation>
    </message>
    <message>
        <source>not UTF-16 text after its byte-order mark; save the file as UTF-8 CSV</source>
        <translation>位元組順序標記之後不是 UTF-16 文本；請把檔案另存為 UTF-8 CSV</translation>
    </message>
    <message>
        <source>no price rows found</source>
        <translation>沒有找到價格行</translation>
    </message>
    <message>
        <source>{path} is this database&apos;s own file, not a file to import; choose a price or trade file</source>
        <translation>{path} 是本資料庫自己的檔案，不是要匯入的檔案；請選擇價格或交易檔案</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its -wal/-shm or lock): choose another file name</source>
        <translation>{path} 就是資料庫本身（或其 -wal/-shm 或鎖檔案）：請換一個檔案名</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its -wal/-shm): choose another file name</source>
        <translation>{path} 就是資料庫本身（或其 -wal/-shm）：請換一個檔案名</translation>
    </message>
    <message>
        <source>{path} is the database itself (or its journal): choose another file</source>
        <translation>{path} 就是資料庫本身（或其日誌）：請選擇另一個檔案</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup to restore from</source>
        <translation>{path} 就是資料庫本身：請選擇一個備份來恢復</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name inside it</source>
        <translation>{path} 是資料夾：請給出其中的檔案名</translation>
    </message>
    <message>
        <source>{path} is a folder: give the backup a file name, e.g. {example}</source>
        <translation>{path} 是資料夾：請為備份指定檔案名，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file inside it, e.g. {example}</source>
        <translation>{path} 是資料夾：請給出其中的資料庫檔案，例如 {example}</translation>
    </message>
    <message>
        <source>{path} is beside {other}: that file may be a database in use. Choose another file name, or delete the -wal/-shm files if nothing uses it</source>
        <translation>{path} 旁邊有 {other}：該檔案可能是正在使用的資料庫。請換一個檔案名；如果沒有程序在使用，可刪除那些 -wal/-shm 檔案</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：檔案不存在</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} 是資料夾，不是備份檔案</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a Tracker backup</source>
        <translation>{path} 是空資料庫，不是 Tracker 備份</translation>
    </message>
    <message>
        <source>{path} is not a presets file Tracker can read ({problem}); move it aside and save the presets again</source>
        <translation>{path} 不是 Tracker 能讀取的預設檔案（{problem}）；請把它移開，然後重新儲存預設</translation>
    </message>
    <message>
        <source>a preset needs a name of 1 to {limit} characters</source>
        <translation>預設需要 1 到 {limit} 個字元的名稱</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as Date,Open,High,Low,Close,Volume</source>
        <translation>檔案是空的；應有表頭行，例如 Date,Open,High,Low,Close,Volume</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as date,symbol,side,quantity,price,fee</source>
        <translation>檔案是空的；應有表頭行，例如 date,symbol,side,quantity,price,fee</translation>
    </message>
    <message>
        <source>the file is empty; expected an IBKR Flex statement</source>
        <translation>檔案是空的；應為 IBKR Flex 結單</translation>
    </message>
    <message>
        <source>not a well-formed CSV file: {problem}</source>
        <translation>不是格式正確的 CSV 檔案：{problem}</translation>
    </message>
    <message>
        <source>a quoted cell runs over several lines</source>
        <translation>一個帶引號的儲存格跨越了多行</translation>
    </message>
    <message>
        <source>{count} fields where the header has {columns} columns</source>
        <translation>有 {count} 個字段，而表頭有 {columns} 列</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a field that never closes</source>
        <translation>一個引號（&quot;）開始的字段沒有結束</translation>
    </message>
    <message>
        <source>columns not recognised as a Yahoo, Stooq, Nasdaq or Investing.com file; give a column mapping for date, open, high, low, close and volume</source>
        <translation>無法把各列識別為 Yahoo、Stooq、Nasdaq 或 Investing.com 的檔案；請為日期、開市、最高、最低、收市和成交量指定列映射</translation>
    </message>
    <message>
        <source>choose a column for {columns}</source>
        <translation>請為 {columns} 選擇一列</translation>
    </message>
    <message>
        <source>column not found: {columns}</source>
        <translation>找不到列：{columns}</translation>
    </message>
    <message>
        <source>missing column: {columns} (expected {expected})</source>
        <translation>缺少列：{columns}（應為 {expected}）</translation>
    </message>
    <message>
        <source>missing column: {columns}</source>
        <translation>缺少列：{columns}</translation>
    </message>
    <message>
        <source>no price on this row ({columns} empty or null)</source>
        <translation>這一行沒有價格（{columns} 為空或 null）</translation>
    </message>
    <message>
        <source>unknown role {role}; roles are {roles}</source>
        <translation>未知的角色 {role}；可用的角色為 {roles}</translation>
    </message>
    <message>
        <source>unknown role (use {roles})</source>
        <translation>未知的角色（請使用 {roles}）</translation>
    </message>
    <message>
        <source>the generic format needs a column mapping (date, open, high, low, close, volume)</source>
        <translation>通用格式需要列映射（日期、開市、最高、最低、收市、成交量）</translation>
    </message>
    <message>
        <source>no price rows after the header</source>
        <translation>表頭之後沒有價格行</translation>
    </message>
    <message>
        <source>no trades after the header</source>
        <translation>表頭之後沒有交易</translation>
    </message>
    <message>
        <source>duplicate bar: same {when} as line {line}</source>
        <translation>重複的 K 線：與第 {line} 行的 {when} 相同</translation>
    </message>
    <message>
        <source>a column is required</source>
        <translation>必須選擇一列</translation>
    </message>
    <message>
        <source>not a date in {order} order</source>
        <translation>不是 {order} 順序的日期</translation>
    </message>
    <message>
        <source>map a price column or an amount column</source>
        <translation>請映射價格列或金額列</translation>
    </message>
    <message>
        <source>use YMD, DMY or MDY</source>
        <translation>請使用 YMD、DMY 或 MDY</translation>
    </message>
    <message>
        <source>use . or ,</source>
        <translation>請使用 . 或 ,</translation>
    </message>
    <message>
        <source>looks like a comma decimal; choose the , separator</source>
        <translation>看起來以逗號作小數點；請選擇 , 作分隔符</translation>
    </message>
    <message>
        <source>the file has no column {column} (it has: {columns})</source>
        <translation>檔案沒有 {column} 列（現有：{columns}）</translation>
    </message>
    <message>
        <source>every activity must be an object</source>
        <translation>每項活動都必須是一個對象</translation>
    </message>
    <message>
        <source>no activities in the file</source>
        <translation>檔案中沒有活動</translation>
    </message>
    <message>
        <source>not a Tracker JSON export ({problem})</source>
        <translation>不是 Tracker 的 JSON 匯出檔案（{problem}）</translation>
    </message>
    <message>
        <source>use one of {choices}</source>
        <translation>請使用 {choices} 之一</translation>
    </message>
    <message>
        <source>must be BUY or SELL (a cancelled execution is not imported)</source>
        <translation>必須是 BUY 或 SELL（已取消的成交不會匯入）</translation>
    </message>
    <message>
        <source>the commission is in {currency}, the trade in {other}; a trade&apos;s fee is kept in the listing&apos;s currency</source>
        <translation>佣金以 {currency} 計，交易以 {other} 計；交易費用以該上市證券的貨幣記錄</translation>
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
        <translation>Flex 結單沒有 DOCTYPE；此檔案聲明瞭一個，已拒絕（它可能引入其他檔案）</translation>
    </message>
    <message>
        <source>entity declarations are refused (got {text})</source>
        <translation>拒絕實體聲明（輸入的是 {text}）</translation>
    </message>
    <message>
        <source>cannot read it: {problem}</source>
        <translation>無法讀取：{problem}</translation>
    </message>
    <message>
        <source>not well-formed XML: {problem}</source>
        <translation>不是格式正確的 XML：{problem}</translation>
    </message>
    <message>
        <source>not an IBKR Flex statement (its root is &lt;{root}&gt;, expected &lt;FlexQueryResponse&gt;)</source>
        <translation>不是 IBKR Flex 結單（其根元素是 &lt;{root}&gt;，應為 &lt;FlexQueryResponse&gt;）</translation>
    </message>
    <message>
        <source>not a date IBKR writes (yyyyMMdd, yyyy-MM-dd or dd-MMM-yy); set the Flex query&apos;s date format to yyyyMMdd</source>
        <translation>不是 IBKR 使用的日期格式（yyyyMMdd、yyyy-MM-dd 或 dd-MMM-yy）；請把 Flex 查詢的日期格式設為 yyyyMMdd</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): adjusted and raw bars would mix</source>
        <translation>已存儲的 {total} 個 {symbol} 收市價中有 {count} 個相差一個穩定的係數（{low}–{high}）：復權與未復權的 K 線會混在一起</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ by a steady factor ({low}–{high}): prices at another scale (per share against per ADS, or in another currency)</source>
        <translation>已存的 {total} 個 {symbol} 收市價中有 {count} 個相差同一固定倍數（{low}–{high}）：價格的單位不同（每股與每 ADS，或另一種貨幣）</translation>
    </message>
    <message>
        <source>{count} of {total} stored {symbol} closes differ from the new ones by over 1% (by {gap} at the median), not by one steady factor: another listing&apos;s or series&apos; prices?</source>
        <translation>已存的 {total} 個 {symbol} 收市價中有 {count} 個與新數據相差超過 1%（中位數相差 {gap}），且不是同一固定倍數：是否為另一上市地或另一序列的價格？</translation>
    </message>
    <message>
        <source>only amounts in USD or HKD are tracked</source>
        <translation>只追蹤以 USD 或 HKD 計的金額</translation>
    </message>
    <message>
        <source>not a fee of a holding</source>
        <translation>不是持倉的費用</translation>
    </message>
    <message>
        <source>not an Alibaba listing</source>
        <translation>不是阿里巴巴的上市證券</translation>
    </message>
    <message>
        <source>cash movements are not tracked</source>
        <translation>不追蹤資金進出</translation>
    </message>
    <message>
        <source>its dividend is not in this file</source>
        <translation>其股息不在此檔案中</translation>
    </message>
    <message>
        <source>what it reverses is not in this file; correct the stored entry by hand</source>
        <translation>它沖銷的記錄不在此檔案中；請手動更正已存儲的條目</translation>
    </message>
    <message>
        <source>cancels {amount} of line {line}</source>
        <translation>沖銷第 {line} 行的 {amount}</translation>
    </message>
    <message>
        <source>currency trades are not tracked</source>
        <translation>不追蹤貨幣兑換交易</translation>
    </message>
    <message>
        <source>{name} is not a share of BABA or 9988.HK</source>
        <translation>{name} 不是 BABA 或 9988.HK 的股份</translation>
    </message>
    <message>
        <source>only {symbol} in {currency} is tracked</source>
        <translation>只追蹤以 {currency} 計的 {symbol}</translation>
    </message>
    <message>
        <source>cancels the trade of line {line}</source>
        <translation>取消第 {line} 行的交易</translation>
    </message>
    <message>
        <source>cancels that trade if it was imported before</source>
        <translation>如果該交易之前已匯入，則將其取消</translation>
    </message>
    <message>
        <source>not a trade: only trades are read from this file</source>
        <translation>不是交易：此檔案只讀取交易</translation>
    </message>
    <message>
        <source>the other account&apos;s lots are not in this statement: record it with tracker transfers add --symbol {symbol} --date {day} --quantity {quantity} --from-account {giver} --to-account {receiver} (after that account&apos;s own trades)</source>
        <translation>另一個帳戶的批次不在此結單中：請在該帳戶自己的交易之後，用 tracker transfers add --symbol {symbol} --date {day} --quantity {quantity} --from-account {giver} --to-account {receiver} 記錄</translation>
    </message>
    <message>
        <source>{text}: not applied on its own; record it with the import (--record-splits), or: tracker splits add --symbol {symbol} --date {day} --factor {factor}</source>
        <translation>{text}：不會單獨應用；可隨匯入一併記錄（--record-splits），或運行 tracker splits add --symbol {symbol} --date {day} --factor {factor}</translation>
    </message>
    <message>
        <source>{text}: not applied on its own</source>
        <translation>{text}：不會單獨應用</translation>
    </message>
    <message>
        <source>account fee ({text})</source>
        <translation>帳戶費用（{text}）</translation>
    </message>
    <message>
        <source>{name} withholding tax</source>
        <translation>{name} 預扣稅</translation>
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
        <translation>{name} 其他費用</translation>
    </message>
    <message>
        <source>{name} dividends in {currency}</source>
        <translation>{name} 以 {currency} 計的股息</translation>
    </message>
    <message>
        <source>{name} payment in lieu of dividends in {currency}</source>
        <translation>{name} 以 {currency} 計的代付股息</translation>
    </message>
    <message>
        <source>{name} withholding tax in {currency}</source>
        <translation>{name} 以 {currency} 計的預扣稅</translation>
    </message>
    <message>
        <source>{name} other fees in {currency}</source>
        <translation>{name} 以 {currency} 計的其他費用</translation>
    </message>
    <message>
        <source>{name} currency trade</source>
        <translation>{name} 貨幣兑換交易</translation>
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
        <translation>{day} {symbol} 公司行動</translation>
    </message>
    <message>
        <source>{name} corporate action</source>
        <translation>{name} 公司行動</translation>
    </message>
    <message>
        <source>{symbol} transfer in of {quantity} on {day}</source>
        <translation>{day} 轉入 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>{symbol} transfer out of {quantity} on {day}</source>
        <translation>{day} 轉出 {quantity} {symbol}</translation>
    </message>
    <message>
        <source>{name} transfer</source>
        <translation>{name} 轉倉</translation>
    </message>
    <message>
        <source>{symbol} dividend reversal of {amount}</source>
        <translation>{symbol} 股息沖銷 {amount}</translation>
    </message>
    <message>
        <source>{symbol} withholding tax reversal of {amount}</source>
        <translation>{symbol} 預扣稅沖銷 {amount}</translation>
    </message>
    <message>
        <source>{symbol} fee reversal of {amount}</source>
        <translation>{symbol} 費用沖銷 {amount}</translation>
    </message>
    <message>
        <source>cancellation of IBKR trade {id}</source>
        <translation>取消 IBKR 交易 {id}</translation>
    </message>
    <message>
        <source>cancellation of IBKR trade (no origTradeID)</source>
        <translation>取消 IBKR 交易（無 origTradeID）</translation>
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
        <translation>{reason}（顯示為未知）</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
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
        <translation>早於 {year} 年</translation>
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
        <translation>不是帳戶編號</translation>
    </message>
    <message>
        <source>is not a stored account</source>
        <translation>不是已存儲的帳戶</translation>
    </message>
    <message>
        <source>not a number or out of range: {values}</source>
        <translation>不是數字或超出範圍：{values}</translation>
    </message>
    <message>
        <source>not numbers or out of range</source>
        <translation>不是數字或超出範圍</translation>
    </message>
    <message>
        <source>(an automatic backup from before the damage)</source>
        <translation>（損壞之前的自動備份）</translation>
    </message>
    <message>
        <source>(a corrected file replaces the bars it holds)</source>
        <translation>（更正後的檔案會替換其中的 K 線）</translation>
    </message>
    <message>
        <source>(it replaces the stored quarter)</source>
        <translation>（它會替換已存儲的季度）</translation>
    </message>
    <message>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <source>{symbol} price bar {when}</source>
        <translation>{symbol} {when} 的 K 線</translation>
    </message>
    <message>
        <source>{count} more {symbol} price bars</source>
        <translation>另外 {count} 根 {symbol} K 線</translation>
    </message>
    <message>
        <source>buyback quarter {day}</source>
        <translation>回購季度 {day}</translation>
    </message>
    <message>
        <source>buyback program {day}</source>
        <translation>回購計劃 {day}</translation>
    </message>
    <message>
        <source>declared dividend {year} {part}</source>
        <translation>宣派股息 {year} {part}</translation>
    </message>
    <message>
        <source>{quarter} results figure {field}</source>
        <translation>{quarter} 業績數字 {field}</translation>
    </message>
    <message>
        <source>results event {id}</source>
        <translation>業績記錄 {id}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. {backups}</source>
        <translation>{path} 已損壞（{problem}）；未作任何改動。{backups}</translation>
    </message>
    <message>
        <source>{path} is not a Tracker database: it is not an SQLite database file at all. If it was your database, it is damaged beyond repair. {backups}</source>
        <translation>{path} 不是 Tracker 資料庫：它根本不是 SQLite 資料庫檔案。如果它曾是你的資料庫，則已損壞到無法修復。{backups}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Tracker database ({problem}); it was not changed.</source>
        <translation>{path} 是 SQLite 檔案，但不是 Tracker 資料庫（{problem}）；未作改動。</translation>
    </message>
    <message>
        <source>{path} is not a Tracker backup: it is not an SQLite database file; nothing was changed. A backup is a database file Tracker wrote; a CSV file of trades is read by Import trades (`tracker trades import` on the command line)</source>
        <translation>{path} 不是 Tracker 備份：它不是 SQLite 資料庫檔案；沒有作任何更改。備份是 Tracker 寫出的資料庫檔案；交易的 CSV 檔案請用「匯入交易」讀取（命令列為 `tracker trades import`）</translation>
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
        <translation>結構版本 {version} 有 {table} 表，此檔案沒有</translation>
    </message>
    <message>
        <source>unknown schema version {version}</source>
        <translation>未知的結構版本 {version}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Tracker (schema {version}, this version knows {known}); update Tracker to open it, or restore an older backup. {backups}</source>
        <translation>{path} 由更新版本的 Tracker 寫入（結構版本 {version}，本版本只認識 {known}）；請升級 Tracker 後再打開，或恢復較早的備份。{backups}</translation>
    </message>
    <message>
        <source>no database at {path}: check the path, or make a new database there (--create on the command line, File ▸ New database in the window)</source>
        <translation>{path} 沒有資料庫：請檢查路徑，或在那裏新建資料庫（命令行用 --create，視窗中用“檔案 ▸ 新建資料庫”）</translation>
    </message>
    <message>
        <source>the folder {path} is read-only: Tracker writes its journal ({name}-wal) and its backups beside the database. Make the folder writable, or copy the database to a writable folder and open the copy</source>
        <translation>資料夾 {path} 是只讀的：Tracker 會在資料庫旁邊寫入日誌（{name}-wal）和備份。請讓該資料夾可寫，或把資料庫複製到可寫的資料夾並打開副本</translation>
    </message>
    <message>
        <source>the disk holding {path} is full (or the database reached its size limit): the change was not saved and the database is as it was. Free some space and try again</source>
        <translation>存放 {path} 的磁碟已滿（或資料庫已達到大小上限）：改動未儲存，資料庫保持原樣。請騰出一些空間後重試</translation>
    </message>
    <message>
        <source>cannot write beside {path}: {problem}</source>
        <translation>無法在 {path} 旁邊寫入：{problem}</translation>
    </message>
    <message>
        <source>There are no automatic backups of it in {path}.</source>
        <translation>{path} 中沒有它的自動備份。</translation>
    </message>
    <message>
        <source>Automatic backups are in {path} (newest: {name}, {taken}); restore one with `tracker restore FILE`.</source>
        <translation>自動備份位於 {path}（最新：{name}，{taken}）；可用“檔案 ▸ 從備份恢復”或 `tracker restore FILE` 恢復。</translation>
    </message>
    <message>
        <source>the folder {path} does not exist: check the database path, or pass --create to make the folder and a new database in it</source>
        <translation>資料夾 {path} 不存在：請檢查資料庫路徑，或使用 --create 創建該資料夾和其中的新資料庫</translation>
    </message>
    <message>
        <source>{path} is read-only: Tracker cannot save to it. Make the file writable, or copy it to a writable folder and open the copy</source>
        <translation>{path} 是只讀的：Tracker 無法儲存到它。請讓該檔案可寫，或把它複製到可寫的資料夾並打開副本</translation>
    </message>
    <message>
        <source>cannot open {path} ({problem})</source>
        <translation>無法打開 {path}（{problem}）</translation>
    </message>
    <message>
        <source>cannot read or write {path}: the disk reported an error ({problem}). {backups}</source>
        <translation>無法讀寫 {path}：磁碟報告了錯誤（{problem}）。{backups}</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version of Tracker, which can only happen while no other Tracker is writing to it</source>
        <translation>{path} 需要升級到本版本的 Tracker，只有在沒有其他 Tracker 正在寫入時才能進行</translation>
    </message>
    <message>
        <source>{path} is in WAL mode and its {name}-wal cannot be read here (read-only folder): copy both files to a writable folder first</source>
        <translation>{path} 處於 WAL 模式，這裏無法讀取其 {name}-wal（只讀資料夾）：請先把兩個檔案都複製到可寫的資料夾</translation>
    </message>
    <message>
        <source>{reason}. Keep the database on this computer&apos;s own disk and write backups to that folder instead (File ▸ Back up now, or `tracker backup --to FOLDER/FILE`).</source>
        <translation>{reason}。請把資料庫放在本機自己的磁碟上，改為把備份寫到那個資料夾（“檔案 ▸ 立即備份”，或 `tracker backup --to FOLDER/FILE`）。</translation>
    </message>
    <message>
        <source>the database is on a network file system ({name}), where file locks do not reliably reach every computer: two programs can then corrupt it</source>
        <translation>資料庫位於網絡檔案系統（{name}）上，檔案鎖不能可靠地傳到每台電腦：兩個程式可能因此把它損壞</translation>
    </message>
    <message>
        <source>the database is in a folder that {name} synchronises: a sync client may replace the file while it is open, or copy it half-written</source>
        <translation>資料庫位於 {name} 同步的資料夾中：同步用戶端可能在檔案打開時替換它，或複製寫了一半的檔案</translation>
    </message>
    <message>
        <source>give a number of seconds between 0 and 300</source>
        <translation>請填寫 0 到 300 之間的秒數</translation>
    </message>
    <message>
        <source>{provider}: the answer for {symbol} holds bars that cannot be stored ({problem}); nothing was written</source>
        <translation>{provider}：{symbol} 的回應資料中有無法存儲的 K 線（{problem}）；未寫入任何內容</translation>
    </message>
    <message>
        <source>{provider}: the answer for {symbol} is not daily bars</source>
        <translation>{provider}：{symbol} 的回應資料不是日 K 線</translation>
    </message>
    <message>
        <source>{setting}: expected a base URL such as http://127.0.0.1:8765 (scheme and host), got {text}</source>
        <translation>{setting}：應為基礎網址，例如 http://127.0.0.1:8765（協議和主機），輸入的是 {text}</translation>
    </message>
    <message>
        <source>{setting}: a base URL has no query or fragment, got {text}</source>
        <translation>{setting}：基礎網址不能帶查詢參數或片段，輸入的是 {text}</translation>
    </message>
    <message>
        <source>{setting}: the port in {text} is not a number</source>
        <translation>{setting}：{text} 中的端口不是數字</translation>
    </message>
    <message>
        <source>{provider}: rate limited, try later (HTTP {status} on {count} tries)</source>
        <translation>{provider}：請求受限，請稍後再試（嘗試 {count} 次均為 HTTP {status}）</translation>
    </message>
    <message>
        <source>{provider}: the answer is larger than {size} bytes</source>
        <translation>{provider}：回應資料大於 {size} 位元組</translation>
    </message>
    <message>
        <source>{provider}: the answer stopped arriving (timed out)</source>
        <translation>{provider}：回應資料中斷（超時）</translation>
    </message>
    <message>
        <source>{provider}: the connection broke while reading ({problem})</source>
        <translation>{provider}：讀取時連接中斷（{problem}）</translation>
    </message>
    <message>
        <source>{provider}: the server refused the request (HTTP {status} {problem})</source>
        <translation>{provider}：伺服器拒絕了請求（HTTP {status} {problem}）</translation>
    </message>
    <message>
        <source>stooq: rate limited, try later (daily hits limit exceeded)</source>
        <translation>stooq：請求受限，請稍後再試（已超過每日訪問次數上限）</translation>
    </message>
    <message>
        <source>stooq does not know the symbol {symbol}, or has no bars for those dates (it answered &apos;No data&apos;)</source>
        <translation>stooq 不認識代碼 {symbol}，或沒有這些日期的 K 線（返回“No data”）</translation>
    </message>
    <message>
        <source>stooq: the answer for {symbol} is not the expected daily CSV (it starts {text})</source>
        <translation>stooq：{symbol} 的回應資料不是預期的日線 CSV（開頭為 {text}）</translation>
    </message>
    <message>
        <source>stooq: the answer for {symbol} holds intraday bars, not daily ones</source>
        <translation>stooq：{symbol} 的回應資料是日內 K 線，不是日 K 線</translation>
    </message>
    <message>
        <source>stooq does not know the symbol {symbol} (HTTP 404)</source>
        <translation>stooq 不認識代碼 {symbol}（HTTP 404）</translation>
    </message>
    <message>
        <source>yahoo: the answer for {symbol} is not the expected chart data ({problem})</source>
        <translation>yahoo：{symbol} 的回應資料不是預期的圖表資料（{problem}）</translation>
    </message>
    <message>
        <source>yahoo does not know the symbol {symbol} ({problem})</source>
        <translation>yahoo 不認識代碼 {symbol}（{problem}）</translation>
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
        <translation>數量</translation>
    </message>
    <message>
        <source>price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <source>total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>稅前金額</translation>
    </message>
    <message>
        <source>withholding tax</source>
        <translation>預扣稅</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>received</source>
        <translation>入賬金額</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <source>to account</source>
        <translation>轉入帳戶</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>currency received</source>
        <translation>入賬貨幣</translation>
    </message>
    <message>
        <source>header</source>
        <translation>表頭</translation>
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
        <translation>小數點</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>broker id</source>
        <translation>券商編號</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>quarter end</source>
        <translation>季度末</translation>
    </message>
    <message>
        <source>period</source>
        <translation>區間</translation>
    </message>
    <message>
        <source>fiscal quarter</source>
        <translation>財季</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>發佈日期</translation>
    </message>
    <message>
        <source>session</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>revenue (US$)</source>
        <translation>收入（美元）</translation>
    </message>
    <message>
        <source>EPS consensus</source>
        <translation>EPS 市場預期</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>authorization left</source>
        <translation>剩餘授權</translation>
    </message>
    <message>
        <source>close</source>
        <translation>收市價</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>split factor</source>
        <translation>拆股比例</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超時</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>數據來源</translation>
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
        <translation>費用</translation>
    </message>
    <message>
        <source>activity kind: conversion</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>activity kind: transfer</source>
        <translation>轉倉</translation>
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
        <translation>帳戶</translation>
    </message>
    <message>
        <source>activity kind: listing</source>
        <translation>上市證券</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>{reason} (got {text})</source>
        <translation>{reason}（輸入的是 {text}）</translation>
    </message>
    <message>
        <source>{what} skipped: {problem}; fix it with `{fix}`{hint}</source>
        <translation>已跳過{what}：{problem}；可用 `{fix}` 修復{hint}</translation>
    </message>
    <message>
        <source>primary source</source>
        <translation>一手來源</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>二手來源</translation>
    </message>
    <message>
        <source>Hong Kong dollars per US dollar</source>
        <translation>每美元兑港元</translation>
    </message>
    <message>
        <source>Chinese yuan per US dollar</source>
        <translation>每美元兑人民幣</translation>
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
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>升跌顏色(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主題(&amp;H)</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>Changing the language rebuilds the window and clears Undo</source>
        <translation>更改語言會重建視窗並清空復原記錄</translation>
    </message>
    <message>
        <source>Follow the language</source>
        <translation>跟隨界面語言</translation>
    </message>
    <message>
        <source>Green up, red down</source>
        <translation>綠升紅跌</translation>
    </message>
    <message>
        <source>Red up, green down</source>
        <translation>紅升綠跌</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The language changes when Tracker restarts</source>
        <translation>語言將在 Tracker 重啓後更改</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>語言：{language}</translation>
    </message>
    <message>
        <source>Both listings together: each amount in the chosen currency at the rate of its own day (USDHKD and USDCNY series; the previous rate when a day has none). A conversion between the listings is not money in or out: its lots keep their dates and cost.</source>
        <translation>兩地上市合計：每筆金額按其當日匯率折算為所選幣種（USDHKD 和 USDCNY 序列；某日沒有匯率時用之前最近的匯率）。兩地之間的轉換不算資金流入或流出：其批次保留原日期和成本。</translation>
    </message>
    <message>
        <source>ADS-eq.</source>
        <translation>ADS 等值</translation>
    </message>
    <message>
        <source>Units of both listings as ADS: BABA ADS + 9988.HK shares ÷ 8 (1 ADS = 8 ordinary shares).</source>
        <translation>兩地股份折算為 ADS：BABA ADS + 9988.HK 股數 ÷ 8（1 ADS = 8 股普通股）。</translation>
    </message>
    <message>
        <source>Cost / ADS-eq.</source>
        <translation>成本 / ADS 等值</translation>
    </message>
    <message>
        <source>Cost basis ÷ ADS-equivalents: each lot at the rate of the day it was bought.</source>
        <translation>持倉成本 ÷ ADS 等值：每個批次按其買入當日匯率折算。</translation>
    </message>
    <message>
        <source>Value / ADS-eq.</source>
        <translation>市值 / ADS 等值</translation>
    </message>
    <message>
        <source>Market value ÷ ADS-equivalents; below it, the date of the older of the two listings&apos; last prices.</source>
        <translation>市值 ÷ ADS 等值；下方為兩地最新價中較早的那個日期。</translation>
    </message>
    <message>
        <source>Alibaba (both listings)</source>
        <translation>阿里巴巴（兩地上市合計）</translation>
    </message>
    <message>
        <source>The currency of this card&apos;s money figures; remembered.</source>
        <translation>此卡片金額所用的幣種；會被記住。</translation>
    </message>
    <message>
        <source>both listings</source>
        <translation>兩地上市合計</translation>
    </message>
    <message>
        <source>Alibaba</source>
        <translation>阿里巴巴</translation>
    </message>
    <message>
        <source>BABA and 9988.HK as one holding, in the currency chosen beside it.</source>
        <translation>BABA 與 9988.HK 合併為一項持倉，以旁邊所選幣種計。</translation>
    </message>
    <message>
        <source>ADS premium: no day with closes of both listings</source>
        <translation>ADS 溢價：沒有兩地同時有收市價的交易日</translation>
    </message>
    <message>
        <source>ADS premium {rate} on {day} (BABA {ads} vs {parity} USD)</source>
        <translation>{day} ADS 溢價 {rate}（BABA {ads}，折算 {parity} 美元）</translation>
    </message>
    <message>
        <source>ADS discount {rate} on {day} (BABA {ads} vs {parity} USD)</source>
        <translation>{day} ADS 折價 {rate}（BABA {ads}，折算 {parity} 美元）</translation>
    </message>
    <message>
        <source> ≈ 7.80 peg</source>
        <translation> ≈ 按 7.80 聯繫匯率</translation>
    </message>
    <message>
        <source>BABA {ads} against 8 × the 9988.HK close ÷ USDHKD = {parity} on {day}.</source>
        <translation>{day}：BABA {ads}，對比 8 × 9988.HK 收市價 ÷ USDHKD = {parity}。</translation>
    </message>
    <message>
        <source>No USD/HKD rate was stored on or before that day: 7.80 was used.</source>
        <translation>該日及之前沒有存儲美元兑港元匯率：按 7.80 計算。</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>曆年</translation>
    </message>
    <message>
        <source>UK tax year (6 April)</source>
        <translation>英國課稅年度（4月6日起）</translation>
    </message>
    <message>
        <source>Hong Kong tax year (1 April)</source>
        <translation>香港課稅年度（4月1日起）</translation>
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
        <translation>買入日</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>賣出日</translation>
    </message>
    <message>
        <source>Held (days)</source>
        <translation>持有天數</translation>
    </message>
    <message>
        <source>Proceeds</source>
        <translation>賣出所得</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>盈虧</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回報率</translation>
    </message>
    <message>
        <source>The acquisition date of the lot the sell closed (kept across ADS↔HK conversions); &quot;pool&quot; with the moving-average method, whose pool has no single date.</source>
        <translation>該筆賣出平掉的批次的買入日期（經 ADS↔港股轉換仍保留）；採用移動平均法時顯示“合併持倉”，因為合併持倉沒有單一日期。</translation>
    </message>
    <message>
        <source>Sell date − acquisition date, in calendar days.</source>
        <translation>賣出日期 − 買入日期，以日曆天數計。</translation>
    </message>
    <message>
        <source>The sell&apos;s proceeds (quantity × price − sell fee) shared among the lots it closed by quantity, rounded half-even to the cent; the last lot takes the remainder.</source>
        <translation>該筆賣出的所得（數量 × 價格 − 賣出費用）按數量分攤到其平掉的各批次，按銀行家舍入法舍入到分；餘數由最後一個批次承擔。</translation>
    </message>
    <message>
        <source>What the lot cost, buy fees included (carried cost for units that came by conversion).</source>
        <translation>該批次的成本，含買入費用（通過轉換得到的股份按結轉成本計）。</translation>
    </message>
    <message>
        <source>Proceeds − cost.</source>
        <translation>所得 − 成本。</translation>
    </message>
    <message>
        <source>Gain ÷ cost.</source>
        <translation>盈虧 ÷ 成本。</translation>
    </message>
    <message>
        <source>The account the sell was in (its lots are that account&apos;s own, or moved into it).</source>
        <translation>該筆賣出所在的帳戶（其批次屬於該帳戶，或已轉入該帳戶）。</translation>
    </message>
    <message>
        <source>The tax year of the sell date, named by the calendar year it starts in (UK 2024/25: 6 April 2024 to 5 April 2025).</source>
        <translation>賣出日期所在的課稅年度，以其開始的日曆年命名（英國 2024/25：2024 年 4 月 6 日至 2025 年 4 月 5 日）。</translation>
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
        <translation>合併持倉</translation>
    </message>
    <message>
        <source>Realized gains</source>
        <translation>已實現盈虧</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分組方式</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day} {month}&lt;/b&gt; is not a day of every year: choose another start.</source>
        <translation>&lt;b&gt;{month}{day}日&lt;/b&gt;不是每年都有的日期：請另選起始日。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>移動平均</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <source>The cost method and as-of date chosen above the summary cards.</source>
        <translation>在彙總卡片上方選擇的成本計算方法和截至日期。</translation>
    </message>
    <message>
        <source>No closed lots yet: a sell closes the lots it consumes.</source>
        <translation>尚無已平倉批次：賣出會平掉其消耗的批次。</translation>
    </message>
    <message>
        <source>{count} lot</source>
        <translation>{count} 個批次</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} 個批次</translation>
    </message>
    <message>
        <source>&lt;b&gt;{year}&lt;/b&gt; ({first} to {last}, {currency}): {lots}, proceeds {proceeds}, cost {cost}, gain {gain}</source>
        <translation>&lt;b&gt;{year}&lt;/b&gt;（{first} 至 {last}，{currency}）：{lots}，賣出所得 {proceeds}，成本 {cost}，盈虧 {gain}</translation>
    </message>
    <message>
        <source>Export realized gains</source>
        <translation>匯出已實現盈虧</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>price from {day}, {days} days old</source>
        <translation>價格日期 {day}，已過 {days} 天</translation>
    </message>
    <message>
        <source>The last price is more than {sessions} trading days of the exchange before {as_of}: the market value uses it as it is, and XIRR and TWR run to {returns_to}, not to {as_of}. Import a newer price file to bring them up to date.</source>
        <translation>最新價比 {as_of} 早了超過 {sessions} 個交易所交易日：市值按該價格計算，XIRR 和 TWR 計算到 {returns_to}，而不是 {as_of}。匯入更新的價格檔案即可更新。</translation>
    </message>
    <message>
        <source>range</source>
        <translation>自定義區間</translation>
    </message>
    <message>
        <source>no {symbol} rates yet: import a rate file or Update</source>
        <translation>尚無 {symbol} 匯率：請匯入匯率檔案或更新</translation>
    </message>
    <message>
        <source>no prices yet</source>
        <translation>尚無價格</translation>
    </message>
    <message>
        <source>from {provider}</source>
        <translation>來自 {provider}</translation>
    </message>
    <message>
        <source>from file {name}</source>
        <translation>來自檔案 {name}</translation>
    </message>
    <message>
        <source>from a file import</source>
        <translation>來自檔案匯入</translation>
    </message>
    <message>
        <source>updated {when}</source>
        <translation>更新於 {when}</translation>
    </message>
    <message>
        <source>prices {origin}</source>
        <translation>價格{origin}</translation>
    </message>
    <message>
        <source>last bar {day} ({days} trading days old)</source>
        <translation>最後一支陰陽燭 {day}（已過 {days} 個交易日）</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch the missing {symbol} bars (File ▸ Update prices)</source>
        <translation>獲取缺少的 {symbol} 陰陽燭（檔案 ▸ 更新價格）</translation>
    </message>
    <message>
        <source>Where the {symbol} bars were last written from, and when. A series whose last bar is more than {sessions} trading days of its exchange old is flagged.</source>
        <translation>{symbol} 陰陽燭最近一次的寫入來源和時間。最後一根陰陽燭已超過其交易所 {sessions} 個交易日的序列會被標出。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>⚠ {series}: {days} trading days old</source>
        <translation>⚠ {series}：已過 {days} 個交易日</translation>
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
        <translation>成交價</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>轉換價</translation>
    </message>
    <message>
        <source>Alibaba Group ADS</source>
        <translation>阿里巴巴集團美國存託股</translation>
    </message>
    <message>
        <source>Alibaba Group ordinary shares</source>
        <translation>阿里巴巴集團普通股</translation>
    </message>
    <message>
        <source>approximate: 7.80 HKD per USD where no rate was stored</source>
        <translation>近似值：未存匯率處按 1 美元兑 7.80 港元</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>持股量</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>最新價</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較對象</translation>
    </message>
    <message>
        <source>A benchmark series (File ▸ Import prices ▸ New benchmark…): its price index from the same opening day as the holding&apos;s TWR.</source>
        <translation>基準序列（檔案 ▸ 匯入價格 ▸ 新增基準…）：從與持倉 TWR 相同的起始日開始的價格指數。</translation>
    </message>
    <message>
        <source>no benchmark</source>
        <translation>無基準</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <source>Money invested</source>
        <translation>投入資金</translation>
    </message>
    <message>
        <source>P&amp;L</source>
        <translation>盈虧</translation>
    </message>
    <message>
        <source>No position to show: add trades to see your position over time.</source>
        <translation>沒有可顯示的持倉：添加交易後即可查看持倉變化。</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} 個百分點</translation>
    </message>
    <message>
        <source>Over {period}: from {start} (the value held then counts as money put in) to {end}.</source>
        <translation>{period}區間：從 {start}（當時的持倉市值計為投入資金）到 {end}。</translation>
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
        <translation>計算到最新價的日期 {day}。</translation>
    </message>
    <message>
        <source>not annualized: period under a year</source>
        <translation>未年化：區間不足一年</translation>
    </message>
    <message>
        <source>Under a year it is the return over the period itself, not annualized (a period under a year is never given a yearly rate: the GIPS rule).</source>
        <translation>不足一年時顯示區間本身的收益，不作年化（按 GIPS 規則，不足一年的區間不給出年化收益率）。</translation>
    </message>
    <message>
        <source>Units held at the end of the day shown: American depositary shares (1 ADS = 8 ordinary shares) for BABA, ordinary shares for 9988.HK.</source>
        <translation>所示日期收市時持有的數量：BABA 為美國存託股（1 ADS = 8 股普通股），9988.HK 為普通股。</translation>
    </message>
    <message>
        <source>Cost basis ÷ shares: what each unit still held cost on average, buy fees included. FIFO: sells close the oldest lots first (first in, first out).</source>
        <translation>持倉成本 ÷ 持股數：仍持有的每股平均成本，含買入手續費。FIFO：賣出時先平最早的批次（先進先出）。</translation>
    </message>
    <message>
        <source>The latest daily close on or before the day shown, or this listing&apos;s own latest trade price when that is more recent (or no close has been imported); below it, its date, marked &quot;trade&quot; when it is a trade price.</source>
        <translation>所示日期當日或之前最近的日收市價；若本上市股份自己的最新成交價更近（或尚未匯入收市價），則用成交價；下方為其日期，成交價會標註“成交價”。</translation>
    </message>
    <message>
        <source>Shares × last price: what the holding would fetch at that price, before fees.</source>
        <translation>持股數 × 最新價：按該價格賣出持倉可得的金額（未扣費用）。</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>未實現盈虧</translation>
    </message>
    <message>
        <source>Market value − cost basis of the units held (gain or loss not yet sold); the percentage is of the cost basis.</source>
        <translation>市值 − 所持股份的持倉成本（尚未賣出的盈虧）；百分比相對於持倉成本。</translation>
    </message>
    <message>
        <source>Realized P&amp;L</source>
        <translation>已實現盈虧</translation>
    </message>
    <message>
        <source>Sum over every sell of its proceeds after fees minus the cost of the lots it closed.</source>
        <translation>每筆賣出扣除費用後的所得減去其所平批次的成本，逐筆相加。</translation>
    </message>
    <message>
        <source>Net dividends</source>
        <translation>股息淨額</translation>
    </message>
    <message>
        <source>Dividends received: gross minus withholding tax and fees.</source>
        <translation>已收股息：稅前金額減去預扣稅和費用。</translation>
    </message>
    <message>
        <source>fees {amount}</source>
        <translation>費用 {amount}</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>總回報</translation>
    </message>
    <message>
        <source>Market value + money taken out (sells after fees, net dividends) − money put in (buys with their fees, standalone fees): everything the holding gained or lost in this listing. Units moved by an ADS↔HK conversion count at their market value that day (the giving listing&apos;s close), as in XIRR, TWR and the position view. Without conversions this equals unrealized + realized P&amp;L + net dividends − fees; with one, that sum (conversions at their carried cost) is shown below it as &quot;at cost&quot;.</source>
        <translation>市值 + 取出的資金（扣費後的賣出所得、股息淨額）− 投入的資金（含手續費的買入、單獨費用）：該持倉在此上市股份上的全部盈虧。經 ADS↔港股轉換的股份按當日市值計（轉出方的收市價），與 XIRR、TWR 和持倉檢視一致。沒有轉換時，它等於未實現盈虧 + 已實現盈虧 + 股息淨額 − 費用；有轉換時，該合計（轉換按結轉成本計）顯示在下方，標為“按成本”。</translation>
    </message>
    <message>
        <source>XIRR</source>
        <translation>XIRR</translation>
    </message>
    <message>
        <source>Money-weighted return a year: the rate at which every buy, sell, dividend and fee, plus the market value at the end, discount to zero (365-day year). It weighs the timing of your money. </source>
        <translation>資金加權年化收益率：使每筆買入、賣出、股息、費用以及期末市值的現值之和為零的利率（一年按 365 天計）。它考慮了您資金進出的時點。</translation>
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
        <translation>時間加權收益率：投入一單位資金的增長，將每日收益 rₜ = (MVₜ + outₜ) / (MVₜ₋₁ + inₜ) − 1 連乘，因此買賣的金額和時點不影響結果。投入的資金從當日開始計入，取出的資金計到當日結束（Portfolio Performance 的約定）；沒有持倉也沒有投入的日子跳過。下方為同一收益率的年化值。</translation>
    </message>
    <message>
        <source>{rate} a year</source>
        <translation>年化 {rate}</translation>
    </message>
    <message>
        <source>In {currency}.</source>
        <translation>以 {currency} 計。</translation>
    </message>
    <message>
        <source>Money figures of {symbol} are in {currency}.</source>
        <translation>{symbol} 的金額以 {currency} 計。</translation>
    </message>
    <message>
        <source>{listing} · as of {day}</source>
        <translation>{listing} · 截至 {day}</translation>
    </message>
    <message>
        <source>Welcome to Tracker</source>
        <translation>歡迎使用 Tracker</translation>
    </message>
    <message>
        <source>No prices yet.</source>
        <translation>尚無價格。</translation>
    </message>
    <message>
        <source>Import prices…</source>
        <translation>匯入價格…</translation>
    </message>
    <message>
        <source>Reading prices…</source>
        <translation>正在讀取價格…</translation>
    </message>
    <message>
        <source>No prices for {symbol} yet. Import a price file to see the chart.</source>
        <translation>尚無 {symbol} 價格。匯入價格檔案即可查看圖表。</translation>
    </message>
    <message>
        <source>Add a first trade…</source>
        <translation>添加第一筆交易…</translation>
    </message>
    <message>
        <source>Import trades…</source>
        <translation>匯入交易…</translation>
    </message>
    <message>
        <source>{symbol} through {day}</source>
        <translation>{symbol} 截至 {day}</translation>
    </message>
    <message>
        <source>1. Prices are in: {listed}. Import a newer file any time (File ▸ Import prices).</source>
        <translation>1. 已有價格：{listed}。可隨時匯入更新的檔案（檔案 ▸ 匯入價格）。</translation>
    </message>
    <message>
        <source>1. &lt;b&gt;Import prices&lt;/b&gt;: a daily price CSV of BABA or 9988.HK from Yahoo Finance, Stooq, Nasdaq or Investing.com, so your position has a market value.</source>
        <translation>1. &lt;b&gt;匯入價格&lt;/b&gt;：來自 Yahoo Finance、Stooq、Nasdaq 或 Investing.com 的 BABA 或 9988.HK 日線價格 CSV，以便計算持倉市值。</translation>
    </message>
    <message>
        <source>Tracker follows your Alibaba position across its two listings — BABA (NYSE, USD) and 9988.HK (Hong Kong, HKD) — entirely on this computer.</source>
        <translation>Tracker 在本機追蹤您在阿里巴巴兩地上市股份中的持倉——BABA（紐交所，美元）和 9988.HK（香港，港元），資料全部儲存在本機。</translation>
    </message>
    <message>
        <source>2. &lt;b&gt;Add a first trade&lt;/b&gt; (Ctrl+N), or import your broker&apos;s trades from a CSV.</source>
        <translation>2. &lt;b&gt;添加第一筆交易&lt;/b&gt;（Ctrl+N），或從 CSV 匯入經紀的交易記錄。</translation>
    </message>
    <message>
        <source>The earnings calendar and buyback history beside the chart are ready now.</source>
        <translation>圖表旁的業績日程和回購記錄現在即可查看。</translation>
    </message>
    <message>
        <source>Edit trade</source>
        <translation>編輯交易</translation>
    </message>
    <message>
        <source>New trade</source>
        <translation>新增交易</translation>
    </message>
    <message>
        <source>units, e.g. 100</source>
        <translation>數量，例如 100</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>每股</translation>
    </message>
    <message>
        <source>or type the total to derive the price</source>
        <translation>或輸入總額以推算價格</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>內置</translation>
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
        <translation>Tracker 自帶的參考資料（來源見該行提示）；會隨更新而更新。</translation>
    </message>
    <message>
        <source>Bundled data you changed: updates of the bundled data leave it alone. Revert restores it.</source>
        <translation>您修改過的內置資料：內置資料更新不會覆蓋它。“還原”可恢復原值。</translation>
    </message>
    <message>
        <source>A row you entered.</source>
        <translation>您錄入的一行。</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>股</translation>
    </message>
    <message>
        <source>before the US open</source>
        <translation>美股開市前</translation>
    </message>
    <message>
        <source>after the US close</source>
        <translation>美股收市後</translation>
    </message>
    <message>
        <source>session not known</source>
        <translation>時段未知</translation>
    </message>
    <message>
        <source>Before the US open, about {ny}</source>
        <translation>美股開市前，約 {ny}</translation>
    </message>
    <message>
        <source>After the US close, about {ny}</source>
        <translation>美股收市後，約 {ny}</translation>
    </message>
    <message>
        <source>Session not known, about {ny}</source>
        <translation>時段未知，約 {ny}</translation>
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
        <translation>{days} 天後</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>{time} New York</source>
        <translation>紐約 {time}</translation>
    </message>
    <message>
        <source>{time} Hong Kong</source>
        <translation>香港 {time}</translation>
    </message>
    <message>
        <source>{time} your time ({zone})</source>
        <translation>您的時間 {time}（{zone}）</translation>
    </message>
    <message>
        <source>about {times}</source>
        <translation>約 {times}</translation>
    </message>
    <message>
        <source>{symbol}: no reactions yet (import its prices)</source>
        <translation>{symbol}：尚無股價反應（請匯入其價格）</translation>
    </message>
    <message>
        <source>≈ ±{amount} on your {units} {unit}</source>
        <translation>≈ 您的 {units} {unit} 浮動 ±{amount}</translation>
    </message>
    <message>
        <source>a number in RMB, or RMB…/US$… (e.g. {example})</source>
        <translation>人民幣數字，或 RMB…/US$…（例如 {example}）</translation>
    </message>
    <message>
        <source>Edit {quarter}</source>
        <translation>編輯 {quarter}</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>新增業績</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (US Eastern date)</source>
        <translation>YYYY-MM-DD（美東日期）</translation>
    </message>
    <message>
        <source>consensus, e.g. 245.2</source>
        <translation>市場預期，例如 245.2</translation>
    </message>
    <message>
        <source>consensus, e.g. 16.2</source>
        <translation>市場預期，例如 16.2</translation>
    </message>
    <message>
        <source>where the figures come from (URL), optional</source>
        <translation>資料來源（網址），選填</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Release date</source>
        <translation>發佈日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>時段(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;venue</source>
        <translation>營收(&amp;V)</translation>
    </message>
    <message>
        <source>RMB bn</source>
        <translation>十億元人民幣</translation>
    </message>
    <message>
        <source>&amp;Diluted EPS</source>
        <translation>攤薄每股收益(&amp;D)</translation>
    </message>
    <message>
        <source>RMB/ADS</source>
        <translation>人民幣/ADS</translation>
    </message>
    <message>
        <source>&amp;Non-GAAP EPS</source>
        <translation>非GAAP每股收益(&amp;N)</translation>
    </message>
    <message>
        <source>Revenue in &amp;US$</source>
        <translation>美元營收(&amp;U)</translation>
    </message>
    <message>
        <source>US$ bn</source>
        <translation>十億美元</translation>
    </message>
    <message>
        <source>Diluted EPS in US$</source>
        <translation>美元攤薄每股收益</translation>
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
        <translation>營收預期(&amp;T)</translation>
    </message>
    <message>
        <source>RMB bn (or US$…)</source>
        <translation>十億元人民幣（或 US$…）</translation>
    </message>
    <message>
        <source>EPS &amp;estimate</source>
        <translation>每股收益預期(&amp;E)</translation>
    </message>
    <message>
        <source>RMB/ADS (or US$…)</source>
        <translation>人民幣/ADS（或 US$…）</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>來源(&amp;O)</translation>
    </message>
    <message>
        <source>Consensus non-GAAP diluted EPS per ADS: a number is RMB, type US$1.41 for US dollars. The surprise compares it with the non-GAAP actual in the same currency.</source>
        <translation>每股 ADS 非GAAP攤薄收益的市場預期：數字按人民幣計，美元請輸入 US$1.41。超預期幅度與同幣種的非GAAP實際值比較。</translation>
    </message>
    <message>
        <source>Saving changes marks this bundled row as edited: later updates of the bundled data will leave it as you set it.</source>
        <translation>儲存修改會將這條內置資料標記為已修改：之後的內置資料更新不會覆蓋您的設定。</translation>
    </message>
    <message>
        <source>The date shown is estimated from Alibaba&apos;s usual cadence; enter the announced date to confirm it.</source>
        <translation>顯示的日期是按阿里巴巴通常的發佈節奏估算的；請輸入公佈的日期以確認。</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Next results</source>
        <translation>下次業績</translation>
    </message>
    <message>
        <source>Average absolute one-day reaction over the last 8 results on each listing (close on the first session after the release vs the close before it), × the latest close × the units you hold today.</source>
        <translation>最近 8 次業績在兩地各自的單日平均絕對股價反應（發佈後首個交易時段收市價對比發佈前收市價）× 最新收市價 × 您今天持有的數量。</translation>
    </message>
    <message>
        <source>Calendar days from today to the release date in your time zone.</source>
        <translation>按您的時區，從今天到發佈日期的日曆天數。</translation>
    </message>
    <message>
        <source>Confirm date…</source>
        <translation>確認日期…</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>匯出 .ics</translation>
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
        <translation>提前幾天發出通知。</translation>
    </message>
    <message>
        <source>A desktop notification this many days before the next results, while Tracker is running.</source>
        <translation>Tracker 運行期間，在下次業績前這麼多天發出桌面通知。</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已公佈</translation>
    </message>
    <message>
        <source>Estimated from Alibaba&apos;s usual release cadence until you enter the announced date.</source>
        <translation>在您輸入公佈的日期之前，按阿里巴巴通常的發佈節奏估算。</translation>
    </message>
    <message>
        <source>The release date is on file.</source>
        <translation>已收錄發佈日期。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>發佈</translation>
    </message>
    <message>
        <source>Release date (US Eastern); the session (before the US open or after the close) in the cell&apos;s tooltip and the Session column.</source>
        <translation>公佈日期（美東時間）；時段（美股開市前或收市後）見儲存格提示及「時段」欄。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Before the US open or after the close (&quot;?&quot;: no source gives it).</source>
        <translation>美股開市前或收市後（「?」：沒有來源提供）。</translation>
    </message>
    <message>
        <source>Fiscal quarter (Alibaba&apos;s fiscal year ends 31 March); the calendar quarter the results cover in the cell&apos;s tooltip and the Calendar column.</source>
        <translation>財季（阿里巴巴財年截至3月31日）；業績涵蓋的曆年季度見儲存格提示及「曆年季度」欄。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>曆年季度</translation>
    </message>
    <message>
        <source>The calendar quarter the results cover.</source>
        <translation>業績涵蓋的曆年季度。</translation>
    </message>
    <message>
        <source>P&amp;L USD</source>
        <translation>盈虧 美元</translation>
    </message>
    <message>
        <source>Your BABA: ADS held before the release × (close after − close before), USD.</source>
        <translation>你的BABA：公佈前持有的美國預託股 ×（公佈後收市價 − 公佈前收市價），美元。</translation>
    </message>
    <message>
        <source>P&amp;L HKD</source>
        <translation>盈虧 港元</translation>
    </message>
    <message>
        <source>Your 9988.HK: shares held before the release × (close after − close before), HKD.</source>
        <translation>你的9988.HK：公佈前持有的股數 ×（公佈後收市價 − 公佈前收市價），港元。</translation>
    </message>
    <message>
        <source>Rev. RMB bn</source>
        <translation>收入 人民幣十億</translation>
    </message>
    <message>
        <source>Revenue in billions of RMB (– where only US$ is on file).</source>
        <translation>收入，單位十億人民幣（只有美元數據時為 –）。</translation>
    </message>
    <message>
        <source>Rev. US$ bn</source>
        <translation>收入 美元十億</translation>
    </message>
    <message>
        <source>Revenue in billions of US$ (– where only RMB is on file).</source>
        <translation>收入，單位十億美元（只有人民幣數據時為 –）。</translation>
    </message>
    <message>
        <source>EPS RMB</source>
        <translation>每股盈利 人民幣</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS per ADS in RMB (diluted GAAP EPS in the tooltip).</source>
        <translation>每股美國預託股非公認會計準則攤薄盈利，人民幣（GAAP攤薄盈利見提示）。</translation>
    </message>
    <message>
        <source>EPS US$</source>
        <translation>每股盈利 美元</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS per ADS in US$.</source>
        <translation>每股美國預託股非公認會計準則攤薄盈利，美元。</translation>
    </message>
    <message>
        <source>Alibaba results coming</source>
        <translation>阿里巴巴即將公佈業績</translation>
    </message>
    <message>
        <source>Alibaba {quarter} results {when}, {day} (estimated date): {times}.</source>
        <translation>阿里巴巴{quarter}業績{when}公佈，{day}（預計日期）：{times}。</translation>
    </message>
    <message>
        <source>Alibaba {quarter} results {when}, {day}: {times}.</source>
        <translation>阿里巴巴{quarter}業績{when}公佈，{day}：{times}。</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>{currency} {amount} billion</source>
        <translation>{currency} {amount} 十億</translation>
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
        <translation>沒有記錄</translation>
    </message>
    <message>
        <source>Both quarters in {currency}.</source>
        <translation>兩個季度均以 {currency} 計。</translation>
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
        <translation>實際：{actuals}（各自以其市場預期的貨幣比較）</translation>
    </message>
    <message>
        <source>{currency} only</source>
        <translation>僅 {currency}</translation>
    </message>
    <message>
        <source> (quoted in {currency} while the actuals on file are in {other}: RMB is never compared with US$)</source>
        <translation>（預期以 {currency} 報價，而記錄中的實際數字以 {other} 計：人民幣從不與美元比較）</translation>
    </message>
    <message>
        <source> (the matching actual is not on file)</source>
        <translation>（沒有對應的實際數字記錄）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Close on the first NYSE session after the release ÷ the close before it − 1.</source>
        <translation>發佈後首個紐交所交易日收市價 ÷ 發佈前收市價 − 1。</translation>
    </message>
    <message>
        <source>Close on the first HKEX session after the release ÷ the close before it − 1 (Alibaba releases in the Hong Kong evening, so Hong Kong reacts the next day).</source>
        <translation>發佈後首個港交所交易日收市價 ÷ 發佈前收市價 − 1（阿里巴巴在香港晚間發佈，因此港股次日才反應）。</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Revenue ÷ revenue of the same quarter a year earlier − 1, both in the currency shown (RMB is never compared with US$).</source>
        <translation>營收 ÷ 上年同季營收 − 1，兩者均為所示幣種（人民幣不與美元比較）。</translation>
    </message>
    <message>
        <source>Non-GAAP diluted EPS ÷ the same quarter a year earlier − 1, in one currency (GAAP when non-GAAP is missing, marked G).</source>
        <translation>非GAAP攤薄每股收益 ÷ 上年同季 − 1，同一幣種（缺少非GAAP時用 GAAP，標 G）。</translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation>勝預期</translation>
    </message>
    <message>
        <source>Actual ÷ consensus − 1, in the currency the consensus is quoted in (RMB or US$) when the actual is on file in it; vendors vary, see the row&apos;s note.</source>
        <translation>實際值 ÷ 市場預期 − 1，按預期所用幣種（人民幣或美元）計算，前提是有該幣種的實際值；各資料商口徑不一，見該行備註。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>bundled: shipped reference data (&quot;secondary source&quot; when a figure comes from a news report, aggregator, translation or machine-written summary: double-check it) · edited: bundled data you changed · yours: a row you entered.</source>
        <translation>內置：自帶的參考資料（數字來自新聞報道、聚合網站、翻譯或機器生成摘要時標為“二手來源”：請核實）· 已修改：您改過的內置資料 · 您的：您錄入的行。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Put the bundled figures back in a row you edited.</source>
        <translation>將您修改過的行恢復為內置數字。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Next results…</source>
        <translation>下次業績…</translation>
    </message>
    <message>
        <source>Next and all past results…</source>
        <translation>下次及以往全部業績…</translation>
    </message>
    <message>
        <source>No date known</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>{quarter} results</source>
        <translation>{quarter} 業績</translation>
    </message>
    <message>
        <source>Typical move on results (last 8):</source>
        <translation>業績後典型波動（最近 8 次）：</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>exported {day}</source>
        <translation>匯出於 {day}</translation>
    </message>
    <message>
        <source>could not write the drawing to {path}</source>
        <translation>無法把圖寫入 {path}</translation>
    </message>
    <message>
        <source>{count} quarters</source>
        <translation>{count} 個季度</translation>
    </message>
    <message>
        <source>{count} quarter</source>
        <translation>{count} 個季度</translation>
    </message>
    <message>
        <source>Not on file: {span} ({count})</source>
        <translation>未收錄：{span}（{count}）</translation>
    </message>
    <message>
        <source>latest expected around {day} · use Add…</source>
        <translation>最晚預計約 {day} · 請使用“添加…”</translation>
    </message>
    <message>
        <source>Quarters after the last release on file whose results should be out by now on Alibaba&apos;s usual cadence:</source>
        <translation>已收錄的最近一次發佈之後、按阿里巴巴通常節奏現在應已公佈的季度：</translation>
    </message>
    <message>
        <source>{quarter}: expected around {day}</source>
        <translation>{quarter}：預計約 {day}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>開市前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>收市後</translation>
    </message>
    <message>
        <source>before?</source>
        <translation>開市前？</translation>
    </message>
    <message>
        <source>Release date not found in the sources read.</source>
        <translation>在所查閲的來源中沒有找到發佈日期。</translation>
    </message>
    <message>
        <source>No source gives the session; taken as before the US open, as every sourced release.</source>
        <translation>沒有來源給出發佈時段；與所有有來源的發佈一樣，按美股開市前處理。</translation>
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
        <translation>每股 ADS 非 GAAP 攤薄 EPS</translation>
    </message>
    <message>
        <source>Diluted (GAAP) EPS per ADS</source>
        <translation>每股 ADS 攤薄（GAAP）EPS</translation>
    </message>
    <message>
        <source>Quarter ended {day}</source>
        <translation>截至 {day} 的季度</translation>
    </message>
    <message>
        <source>G: diluted GAAP EPS compared.</source>
        <translation>G：比較的是 GAAP 攤薄 EPS。</translation>
    </message>
    <message>
        <source>Consensus: {consensus}</source>
        <translation>市場預期：{consensus}</translation>
    </message>
    <message>
        <source>No consensus on file</source>
        <translation>未收錄市場預期</translation>
    </message>
    <message>
        <source>No release date on file.</source>
        <translation>未收錄發佈日期。</translation>
    </message>
    <message>
        <source>No {symbol} closes on both sides of the release: import prices.</source>
        <translation>發佈前後沒有 {symbol} 的收市價：請匯入價格。</translation>
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
        <translation>只能刪除您錄入的行。</translation>
    </message>
    <message>
        <source>{quarter} is back to the bundled figures.</source>
        <translation>{quarter} 已恢復為內置數字。</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>刪除業績</translation>
    </message>
    <message>
        <source>Delete your row for {quarter}?</source>
        <translation>刪除你為 {quarter} 添加的行？</translation>
    </message>
    <message>
        <source>Deleted {quarter}.</source>
        <translation>已刪除 {quarter}。</translation>
    </message>
    <message>
        <source>Export results to a calendar</source>
        <translation>把業績匯出到日曆</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Reminder: these results are {when}</source>
        <translation>提醒：本次業績{when}公佈</translation>
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
        <translation>數量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>手續費(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Total</source>
        <translation>總額(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Buy: quantity × price + fee. Sell: quantity × price − fee.</source>
        <translation>買入：數量 × 價格 + 手續費。賣出：數量 × 價格 − 手續費。</translation>
    </message>
    <message>
        <source> in {account}</source>
        <translation>在 {account} </translation>
    </message>
    <message>
        <source>Held on {day}{where} before this entry: {quantity} {symbol}</source>
        <translation>{day} 本筆之前{where}持有：{quantity} {symbol}</translation>
    </message>
    <message>
        <source>Edit dividend</source>
        <translation>編輯股息</translation>
    </message>
    <message>
        <source>Add dividend</source>
        <translation>添加股息</translation>
    </message>
    <message>
        <source>Alibaba declares its dividend in US dollars on both listings.</source>
        <translation>阿里巴巴在兩地均以美元宣派股息。</translation>
    </message>
    <message>
        <source>before tax</source>
        <translation>稅前</translation>
    </message>
    <message>
        <source>if credited in another currency</source>
        <translation>若以其他幣種入賬</translation>
    </message>
    <message>
        <source>or the rate</source>
        <translation>或匯率</translation>
    </message>
    <message>
        <source>&amp;Pay date</source>
        <translation>派息日(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>幣種(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Gross</source>
        <translation>稅前金額(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Withholding tax</source>
        <translation>預扣稅(&amp;W)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>淨額</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>入賬金額(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ate</source>
        <translation>匯率(&amp;A)</translation>
    </message>
    <message>
        <source>Gross − withholding tax − fee: what reached your account.</source>
        <translation>稅前金額 − 預扣稅 − 費用：實際到賬的金額。</translation>
    </message>
    <message>
        <source>Declared in US dollars but credited in Hong Kong dollars (usual on 9988.HK)? Type the amount that arrived, and the rate is derived (received ÷ net); or type the rate, and the amount is derived. Left empty, the day&apos;s USD/HKD rate is used.</source>
        <translation>以美元宣派但以港元入賬（9988.HK 通常如此）？輸入到賬金額即可推算匯率（入賬 ÷ 淨額）；或輸入匯率來推算金額。留空則使用當日美元兑港元匯率。</translation>
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
        <translation>除息日前一天收市時持有的股份可獲派股息。</translation>
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
        <translation>推算為 {value}</translation>
    </message>
    <message>
        <source>Edit conversion</source>
        <translation>編輯轉換</translation>
    </message>
    <message>
        <source>Convert between ADS and Hong Kong shares</source>
        <translation>美國存託股與港股互相轉換</translation>
    </message>
    <message>
        <source>BABA ADS → 9988.HK shares</source>
        <translation>BABA 美國存託股 → 9988.HK 股份</translation>
    </message>
    <message>
        <source>9988.HK shares → BABA ADS</source>
        <translation>9988.HK 股份 → BABA 美國存託股</translation>
    </message>
    <message>
        <source>units given up</source>
        <translation>轉出數量</translation>
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
        <translation>您將獲得</translation>
    </message>
    <message>
        <source>FX &amp;rate</source>
        <translation>匯率(&amp;R)</translation>
    </message>
    <message>
        <source>Rate of</source>
        <translation>匯率來源</translation>
    </message>
    <message>
        <source>The day of the USDHKD rate proposed: the conversion&apos;s date, or the last day before it with a rate.</source>
        <translation>建議的 USDHKD 匯率所屬日期：轉換當日，或此前最近一個有匯率的日子。</translation>
    </message>
    <message>
        <source>Carries the cost of the converted lots into the receiving listing&apos;s currency: units of that currency per unit of the other. Proposed: the day&apos;s rate of the USDHKD series (the previous one when the day has none; 7.80 when none is stored).</source>
        <translation>將被轉換批次的成本折算為轉入方的幣種：每單位另一幣種摺合多少該幣種。建議值：USDHKD 序列當日匯率（當日沒有時用之前最近的；完全沒有存儲時用 7.80）。</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>按記錄</translation>
    </message>
    <message>
        <source>none stored: 7.80 peg</source>
        <translation>未存匯率：按 7.80 聯繫匯率</translation>
    </message>
    <message>
        <source>typed by you</source>
        <translation>由您輸入</translation>
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
        <translation>編輯費用</translation>
    </message>
    <message>
        <source>Add fee</source>
        <translation>添加費用</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <source>e.g. ADS depositary fee</source>
        <translation>例如 ADS 存託費</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>What was charged, in the listing&apos;s currency. A fee lowers the listing&apos;s total return; it does not change its cost basis.</source>
        <translation>收取的金額，以該上市股份的幣種計。費用會降低其總回報，但不改變持倉成本。</translation>
    </message>
    <message>
        <source>Date and close only</source>
        <translation>僅日期和收市價</translation>
    </message>
    <message>
        <source>Generic (columns mapped below)</source>
        <translation>通用（在下方對應各列）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開市</translation>
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
        <translation>收市</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>匯入價格</translation>
    </message>
    <message>
        <source>Import trades</source>
        <translation>匯入交易</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>選擇 CSV 檔案…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>檔案的前幾行：</translation>
    </message>
    <message>
        <source>{count} problem — fix the file and choose it again; nothing is imported while any remain:</source>
        <translation>{count} 個問題——請修改檔案後重新選擇；存在問題時不會匯入任何內容：</translation>
    </message>
    <message>
        <source>{count} problems — fix the file and choose it again; nothing is imported while any remain:</source>
        <translation>{count} 個問題——請修改檔案後重新選擇；存在問題時不會匯入任何內容：</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>根據表頭識別</translation>
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
        <translation>（選填）</translation>
    </message>
    <message>
        <source>Replace the stored bars with the file&apos;s: the file is of this series and the stored ones are wrong</source>
        <translation>用檔案中的陰陽燭替換已存的：檔案屬於此序列，已存的有誤</translation>
    </message>
    <message>
        <source>{symbol} — benchmark, {currency}</source>
        <translation>{symbol} — 基準，{currency}</translation>
    </message>
    <message>
        <source>New benchmark…</source>
        <translation>新增基準…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>識別為：{format}</translation>
    </message>
    <message>
        <source>not recognised — choose a format, or Generic to map the columns</source>
        <translation>無法識別——請選擇格式，或選擇“通用”來對應各列</translation>
    </message>
    <message>
        <source>{rows} rows read.</source>
        <translation>已讀取 {rows} 行。</translation>
    </message>
    <message>
        <source> from {first} to {last}</source>
        <translation>，{first} 至 {last}</translation>
    </message>
    <message>
        <source>{rows} rows of {symbol}{span}: &lt;b&gt;{added} to add&lt;/b&gt;, &lt;b&gt;{updated} to update&lt;/b&gt; (bars already stored for those dates are replaced).</source>
        <translation>{symbol} 共 {rows} 行{span}：&lt;b&gt;新增 {added}&lt;/b&gt;，&lt;b&gt;更新 {updated}&lt;/b&gt;（這些日期已存的陰陽燭會被替換）。</translation>
    </message>
    <message>
        <source>This looks like a yfinance file (history() or download()) with their default auto_adjust=True: prices adjusted for dividends and splits, where Tracker keeps raw prices (past closes would read lower than they traded). auto_adjust=False or Yahoo&apos;s own download gives the raw ones.</source>
        <translation>這看起來是 yfinance 的檔案（history() 或 download()），預設 auto_adjust=True：價格已按股息和拆股調整，而 Tracker 保存的是原始價格（過去的收市價會顯得比實際成交價低）。auto_adjust=False 或 Yahoo 自己的下載提供原始價格。</translation>
    </message>
    <message>
        <source>{count} stored bars in the file&apos;s range that it does not hold are removed.</source>
        <translation>檔案日期範圍內、檔案中沒有的 {count} 根已存陰陽燭將被刪除。</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>the stored close {close} on {day} is {times}× the close before it ({other} on {other_day}) and the one after it ({after}), and the file leaves it in place: a typo in the stored bars? Tick Replace to remove it.</source>
        <translation>已存的 {day} 收市價 {close} 是前一個收市價（{other_day} 的 {other}）的 {times} 倍，也遠離後一個（{after}），而檔案不會改動它：是已存數據輸錯？勾選「替換」即可刪除。</translation>
    </message>
    <message>
        <source>the stored close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}) and the one after it ({after}), and the file leaves it in place: a typo in the stored bars? Tick Replace to remove it.</source>
        <translation>已存的 {day} 收市價 {close} 只有前一個收市價（{other_day} 的 {other}）的 1/{times}，也遠離後一個（{after}），而檔案不會改動它：是已存數據輸錯？勾選「替換」即可刪除。</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the close before it ({other} on {other_day}) and the one after it ({after}): a typo?</source>
        <translation>{day} 的收市價 {close} 是前一個收市價（{other_day} 的 {other}）的 {times} 倍，也遠離後一個（{after}）：是否輸錯？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}) and the one after it ({after}): a typo?</source>
        <translation>{day} 的收市價 {close} 只有前一個收市價（{other_day} 的 {other}）的 1/{times}，也遠離後一個（{after}）：是否輸錯？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the stored close after it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 是其後已存收市價（{other_day} 的 {other}）的 {times} 倍：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the stored close after it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 只有其後已存收市價（{other_day} 的 {other}）的 1/{times}：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the stored close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 是其前已存收市價（{other_day} 的 {other}）的 {times} 倍：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the stored close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 只有其前已存收市價（{other_day} 的 {other}）的 1/{times}：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>close {close} on {day} is {times}× the close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 是前一個收市價（{other_day} 的 {other}）的 {times} 倍：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>close {close} on {day} is 1/{times} of the close before it ({other} on {other_day}): another listing&apos;s prices, or adjusted for a split?</source>
        <translation>{day} 的收市價 {close} 只有前一個收市價（{other_day} 的 {other}）的 1/{times}：是另一上市地的價格，還是按拆股調整過？</translation>
    </message>
    <message>
        <source>and {count} more as far from the close before them</source>
        <translation>另有 {count} 個收市價與前一個相差同樣懸殊</translation>
    </message>
    <message>
        <source>high {value} on {day} is {times}× the day&apos;s close ({close}): a typo?</source>
        <translation>{day} 的最高價 {value} 是當日收市價（{close}）的 {times} 倍：是否輸錯？</translation>
    </message>
    <message>
        <source>low {value} on {day} is 1/{times} of the day&apos;s close ({close}): a typo?</source>
        <translation>{day} 的最低價 {value} 只有當日收市價（{close}）的 1/{times}：是否輸錯？</translation>
    </message>
    <message>
        <source>(imported all the same: check the file)</source>
        <translation>（仍會匯入：請檢查檔案）</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>新增基準</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>An index or ETF to compare your holding with. Import its daily prices like a listing&apos;s (any supported format); the position view then shows your TWR against it.</source>
        <translation>用於與您的持倉比較的指數或 ETF。像匯入股票價格一樣匯入其日線價格（任何支援的格式）；持倉檢視隨後會顯示您的 TWR 與它的對比。</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>稅前金額</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>戶口</translation>
    </message>
    <message>
        <source>The listing of the entry; a conversion names the listing given up (and shows under both listings when filtering).</source>
        <translation>記錄所屬的上市股份；轉換記錄顯示轉出的一方（篩選時兩邊都會顯示）。</translation>
    </message>
    <message>
        <source>The account (broker record) of the entry; a conversion or a transfer names the account the units leave and the one they arrive in.</source>
        <translation>記錄所屬的帳戶（經紀記錄）；轉換或轉倉會列出股份轉出和轉入的帳戶。</translation>
    </message>
    <message>
        <source>Buy, Sell, Dividend, Fee (a standalone charge such as custody or the ADS depositary fee), Convert (ADS exchanged for Hong Kong shares or back; not a sale) or Transfer (units moved between two accounts; not a sale).</source>
        <translation>買入、賣出、股息、費用（單獨的收費，如託管費或 ADS 存託費）、轉換（ADS 換成港股或反向；不是賣出）或轉倉（股份在兩個帳戶之間轉移；不是賣出）。</translation>
    </message>
    <message>
        <source>The currency of every amount on the row: the listing&apos;s for a trade or a fee, the paid currency for a dividend, the currency of the listing given up for a conversion.</source>
        <translation>該行所有金額的幣種：交易或費用為該上市股份的幣種，股息為派發幣種，轉換為轉出方的幣種。</translation>
    </message>
    <message>
        <source>Units traded or converted: ADS for BABA, ordinary shares for 9988.HK.</source>
        <translation>交易或轉換的數量：BABA 為 ADS，9988.HK 為普通股。</translation>
    </message>
    <message>
        <source>Price per unit.</source>
        <translation>每股價格。</translation>
    </message>
    <message>
        <source>Trade: quantity × price. Dividend: the amount declared on your units, before tax and fees.</source>
        <translation>交易：數量 × 價格。股息：按您持股宣派的金額，未扣稅費。</translation>
    </message>
    <message>
        <source>Commission and charges of a trade, the fee taken from a dividend, a standalone fee, or the fee of a conversion (in the currency of the listing given up).</source>
        <translation>交易的佣金及費用、從股息中扣除的費用、單獨的費用，或轉換的費用（以轉出方幣種計）。</translation>
    </message>
    <message>
        <source>Withholding tax deducted from a dividend.</source>
        <translation>從股息中扣除的預扣稅。</translation>
    </message>
    <message>
        <source>Cash that left your account (a buy: quantity × price + fee; a fee; a conversion&apos;s fee) or reached it (a sell: quantity × price − fee; a dividend: gross − tax − fee, its net).</source>
        <translation>流出您帳戶的現金（買入：數量 × 價格 + 手續費；費用；轉換的費用）或流入的現金（賣出：數量 × 價格 − 手續費；股息：稅前 − 稅 − 費用，即淨額）。</translation>
    </message>
    <message>
        <source>Realized P&amp;L of a sell: its proceeds after fees minus the cost of the lots it closed (first in, first out, fees included).</source>
        <translation>一筆賣出的已實現盈虧：扣費後的所得減去其所平批次的成本（先進先出，含手續費）。</translation>
    </message>
    <message>
        <source>All listings</source>
        <translation>全部上市股份</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部戶口</translation>
    </message>
    <message>
        <source>credited {amount} at {rate} {currency} per {paid}</source>
        <translation>按 {rate} {currency} / {paid} 入賬 {amount}</translation>
    </message>
    <message>
        <source>Show the transactions of one listing (a conversion shows under both)</source>
        <translation>只顯示一個上市股份的記錄（轉換在兩邊都會顯示）</translation>
    </message>
    <message>
        <source>Filter: date, type (buy, dividend, fee, convert…), note…</source>
        <translation>篩選：日期、類型（買入、股息、費用、轉換…）、備註…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易記錄</translation>
    </message>
    <message>
        <source>Edit the selected transaction (in the transactions table)</source>
        <translation>編輯所選記錄（在交易記錄表中）</translation>
    </message>
    <message>
        <source>{total} transaction</source>
        <translation>{total} 條記錄</translation>
    </message>
    <message>
        <source>{total} transactions</source>
        <translation>{total} 條記錄</translation>
    </message>
    <message>
        <source>{shown} of {total} transaction</source>
        <translation>{total} 條記錄中的 {shown} 條</translation>
    </message>
    <message>
        <source>{shown} of {total} transactions</source>
        <translation>{total} 條記錄中的 {shown} 條</translation>
    </message>
    <message>
        <source>Since inception</source>
        <translation>自建倉以來</translation>
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
        <translation>自定義區間</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>移動平均</translation>
    </message>
    <message>
        <source>The period the cards&apos; XIRR and TWR cover (Portfolio Performance&apos;s reporting periods): the value held at the end of the day before it starts counts as money put in on its first day, the value at its end as money taken out. YTD opens on 31 December, 1/3/5 years on the same date that many years before the as-of date. When nothing was held then, it starts at the first buy. Under a year nothing is annualized.</source>
        <translation>卡片上 XIRR 和 TWR 覆蓋的區間（Portfolio Performance 的報告區間）：區間開始前一日收市時的持倉市值計為首日投入的資金，區間結束時的市值計為取出的資金。年初至今從 12 月 31 日開始，1/3/5 年從截至日期往前相應年數的同一日期開始。若當時沒有持倉，則從第一筆買入開始。不足一年的一律不年化。</translation>
    </message>
    <message>
        <source>How a sell&apos;s cost is found: FIFO closes the oldest lots first; moving average pools every lot at its average cost. It decides cost basis, realized P&amp;L, the gains view and the chart&apos;s average-cost line.</source>
        <translation>賣出成本的計算方法：FIFO 先平最早的批次；移動平均將所有批次合併按平均成本計。它決定持倉成本、已實現盈虧、盈虧檢視和圖表上的成本價線。</translation>
    </message>
    <message>
        <source>Show every figure as it stood at the end of this day (unticked: today).</source>
        <translation>顯示各項數字在該日收市時的狀態（不勾選：今天）。</translation>
    </message>
    <message>
        <source>The first day of the custom period.</source>
        <translation>自定義區間的第一天。</translation>
    </message>
    <message>
        <source>The last day of the custom period (at most the as-of date): every figure of the cards is shown as it stood at its end.</source>
        <translation>自定義區間的最後一天（不晚於截至日期）：卡片上的各項數字按該日收市時的狀態顯示。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公佈</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>您已更正</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>您錄入的</translation>
    </message>
    <message>
        <source>The last day of the calendar quarter the figures are for. Double-click a row to show that day on the price chart.</source>
        <translation>數字所屬日曆季度的最後一天。雙擊一行可在價格圖上顯示該日。</translation>
    </message>
    <message>
        <source>US dollars Alibaba spent on repurchasing its shares in the quarter.</source>
        <translation>阿里巴巴當季用於回購股份的美元金額。</translation>
    </message>
    <message>
        <source>Shares outstanding at the quarter end in ADS-equivalents (8 ordinary shares = 1 ADS), as Alibaba reported it.</source>
        <translation>阿里巴巴公佈的季度末流通股數，折算為 ADS 等值（8 股普通股 = 1 ADS）。</translation>
    </message>
    <message>
        <source>Shares repurchased in the quarter, in ADS-equivalents.</source>
        <translation>當季回購的股數，以 ADS 等值計。</translation>
    </message>
    <message>
        <source>ADS-equivalents you hold on both listings (8 ordinary shares = 1 ADS) ÷ ADS-equivalents outstanding, the latest count Alibaba reported for a quarter ending on or before that day. Per billion: how many of every 1,000,000,000 ADS are yours.</source>
        <translation>您在兩地持有的 ADS 等值（8 股普通股 = 1 ADS）÷ 流通的 ADS 等值（取阿里巴巴對該日或之前結束的季度公佈的最新股數）。每十億：每 1,000,000,000 ADS 中有多少屬於您。</translation>
    </message>
    <message>
        <source>Shares outstanding then ÷ shares outstanding now − 1: how much larger the same number of ADS became as a slice of the company.</source>
        <translation>當時的流通股數 ÷ 現在的流通股數 − 1：同樣數量的 ADS 佔公司的份額增加了多少。</translation>
    </message>
    <message>
        <source>Change in your ownership split in two: buybacks = your holding before each step × (1/new count − 1/old count); your trades = change in your holding ÷ new count. The two add up to the change.</source>
        <translation>您持股比例的變化分為兩部分：回購 = 每一步之前的持倉 × (1/新股數 − 1/舊股數)；您的交易 = 持倉變化 ÷ 新股數。兩者相加等於總變化。</translation>
    </message>
    <message>
        <source>(Shares outstanding at the previous quarter end − at this quarter end) ÷ previous count: the change after employee share issuance, not the gross repurchase.</source>
        <translation>(上季度末流通股數 − 本季度末流通股數) ÷ 上季度股數：扣除員工股份發行後的變化，而非回購總數。</translation>
    </message>
    <message>
        <source>Your ownership at the quarter end × the amount Alibaba spent on repurchases in that quarter.</source>
        <translation>您在季度末的持股比例 × 阿里巴巴當季的回購金額。</translation>
    </message>
    <message>
        <source>Repurchases over the four quarters to this one ÷ market cap (BABA close on the quarter end, or at most a week before, × shares outstanding). Needs all four amounts and a price.</source>
        <translation>截至本季度的四個季度回購額 ÷ 市值（季度末或至多一週前的 BABA 收市價 × 流通股數）。需要四個季度的金額和一個價格。</translation>
    </message>
    <message>
        <source>Authorization left: what the board has approved for repurchases and Alibaba has not spent yet, as of the latest quarter end that reports it.</source>
        <translation>剩餘授權：董事會已批准、阿里巴巴尚未使用的回購額度，以最近公佈該數字的季度末為準。</translation>
    </message>
    <message>
        <source>Repurchases over the latest four quarters with figures ÷ 4: the recent quarterly pace.</source>
        <translation>最近四個有資料季度的回購額 ÷ 4：近期每季度的回購節奏。</translation>
    </message>
    <message>
        <source>Remaining authorization ÷ (repurchases over the latest four quarters ÷ 4): quarters left if Alibaba keeps buying at that pace.</source>
        <translation>剩餘授權 ÷ (最近四個季度回購額 ÷ 4)：按此節奏還能回購多少個季度。</translation>
    </message>
    <message>
        <source>Shares outstanding falling by the average net reduction of the same four quarters, until the remaining authorization is used up. A projection, not a forecast.</source>
        <translation>流通股數按同樣四個季度的平均淨減少量下降，直到剩餘授權用完。這是推算，不是預測。</translation>
    </message>
    <message>
        <source>Alibaba&apos;s fiscal quarter (its fiscal year ends on 31 March).</source>
        <translation>阿里巴巴的財季（其財年截至 3 月 31 日）。</translation>
    </message>
    <message>
        <source>published: shipped with Tracker from the sources cited (&quot;secondary source&quot; when a figure comes from a news report, aggregator, translation or machine-written summary: double-check it); corrected by you: published figures you changed; entered by you: a quarter you added. Your figures are never overwritten by published data.</source>
        <translation>已公佈：Tracker 根據所列來源自帶的資料（數字來自新聞報道、聚合網站、翻譯或機器生成摘要時標為“二手來源”：請核實）；您已更正：您修改過的公佈數字；您錄入的：您添加的季度。您的數字永遠不會被公佈資料覆蓋。</translation>
    </message>
    <message>
        <source>Where the figures come from (hover a cell for the full addresses).</source>
        <translation>數字來源（懸停在單元格上可查看完整地址）。</translation>
    </message>
    <message>
        <source>Quarter end</source>
        <translation>季度末</translation>
    </message>
    <message>
        <source>Repurchased</source>
        <translation>回購金額</translation>
    </message>
    <message>
        <source>Net
reduction</source>
        <translation>淨減少</translation>
    </message>
    <message>
        <source>Your
share</source>
        <translation>您的
份額</translation>
    </message>
    <message>
        <source>Buyback
yield</source>
        <translation>回購
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
        <translation>回購
ADS</translation>
    </message>
    <message>
        <source>Yours
/bn</source>
        <translation>您的
/十億</translation>
    </message>
    <message>
        <source>Authorized
left</source>
        <translation>剩餘
授權</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>財季</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來源類型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Buybacks and your stake</source>
        <translation>回購與您的持股</translation>
    </message>
    <message>
        <source>What Alibaba&apos;s share repurchases did to your slice of the company</source>
        <translation>阿里巴巴的股份回購對您在公司中的份額有何影響</translation>
    </message>
    <message>
        <source>Figures use only the quarters that ended by this day and your holding at the end of it</source>
        <translation>數字只使用該日之前結束的季度，以及您在該日收市時的持倉</translation>
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
        <translation>回購金額（十億美元）</translation>
    </message>
    <message>
        <source>Outstanding, M ADS</source>
        <translation>流通股（百萬 ADS）</translation>
    </message>
    <message>
        <source>Yours /bn</source>
        <translation>您的 /十億</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>您的持股</translation>
    </message>
    <message>
        <source>Accretion and its causes from this day to the as-of day</source>
        <translation>從該日到截至日期的增厚及其來源</translation>
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
        <translation>來源構成</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>可持續季度</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>授權餘額</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>回購節奏</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Add or correct a quarter</source>
        <translation>添加或更正季度資料</translation>
    </message>
    <message>
        <source>Figures in US$ and ADS; 2.9bn and 36.6M are understood.</source>
        <translation>數字以美元和 ADS 計；可輸入 2.9bn 和 36.6M 這樣的寫法。</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>source URL (optional)</source>
        <translation>來源網址（選填）</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Clear the form for a quarter not in the table yet</source>
        <translation>清空表單，以錄入表中尚沒有的季度</translation>
    </message>
    <message>
        <source>Save quarter</source>
        <translation>儲存季度</translation>
    </message>
    <message>
        <source>Revert to published</source>
        <translation>還原為公佈資料</translation>
    </message>
    <message>
        <source>Repurchased (US$bn)</source>
        <translation>回購金額（十億美元）</translation>
    </message>
    <message>
        <source>{quarter} ({day}): no repurchase figure on file</source>
        <translation>{quarter}（{day}）：沒有回購數字記錄</translation>
    </message>
    <message>
        <source>Outstanding (M ADS)</source>
        <translation>流通股（百萬 ADS）</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Program (size after)</source>
        <translation>回購計劃（變更後規模）</translation>
    </message>
    <message>
        <source>Your first buy: {day}</source>
        <translation>你的首次買入：{day}</translation>
    </message>
    <message>
        <source>Your first buy</source>
        <translation>您的首次買入</translation>
    </message>
    <message>
        <source>Add your trades to see your ownership over time</source>
        <translation>添加你的交易，即可查看持股比例隨時間的變化</translation>
    </message>
    <message>
        <source>No shares-outstanding count reported for these dates</source>
        <translation>這些日期沒有公佈的流通股數</translation>
    </message>
    <message>
        <source>{units} ADS-equivalents (both listings) on {day}</source>
        <translation>{day} 持有 {units} ADS 等值（兩地合計）</translation>
    </message>
    <message>
        <source>no shares-outstanding count on file for that day</source>
        <translation>該日沒有已收錄的流通股數</translation>
    </message>
    <message>
        <source>; none reported for the {count} quarters since</source>
        <translation>；此後 {count} 個季度未公佈</translation>
    </message>
    <message>
        <source>&lt;b&gt;{per_bn} per billion ADS&lt;/b&gt; of {count} outstanding ({day}{stale})</source>
        <translation>流通 {count} 中&lt;b&gt;每十億 ADS 佔 {per_bn}&lt;/b&gt;（{day}{stale}）</translation>
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
        <translation>沒有買入記錄</translation>
    </message>
    <message>
        <source>first buy {day} is before the first reported count ({first}); pick a later date below</source>
        <translation>首次買入 {day} 早於首個公佈的股數（{first}）；請在下方選擇較晚的日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; since your first buy ({day})</source>
        <translation>自您首次買入（{day}）以來 &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no shares-outstanding count by then</source>
        <translation>當時尚無流通股數</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rate}&lt;/b&gt; to {day}</source>
        <translation>至 {day} &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To the last share count reported by {as_of}: the quarter ended {counted}.</source>
        <translation>截至 {as_of} 已公佈的最近一次股數：截至 {counted} 的季度。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; per bn since {day}: {buybacks} buybacks, {trades} your trades</source>
        <translation>自 {day} 以來每十億 &lt;b&gt;{total}&lt;/b&gt;：回購 {buybacks}，您的交易 {trades}</translation>
    </message>
    <message>
        <source>; program through {day}</source>
        <translation>；計劃有效至 {day}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; left ({day}{through})</source>
        <translation>剩餘 &lt;b&gt;{amount}&lt;/b&gt;（{day}{through}）</translation>
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
        <translation>沒有已收錄的回購金額</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;{quarters} quarters&lt;/b&gt; at that pace (used up around {month})</source>
        <translation>按此節奏還可 &lt;b&gt;{quarters} 個季度&lt;/b&gt;（約 {month} 用完）</translation>
    </message>
    <message>
        <source>{start} → {end} ADS by {day} (−{step} a quarter; dashed line)</source>
        <translation>至 {day} {start} → {end} ADS（每季度 −{step}；虛線）</translation>
    </message>
    <message>
        <source>{quarter} ({day}): enter the figures from Alibaba&apos;s results or Share Repurchase Update for that quarter, then Save.</source>
        <translation>{quarter}（{day}）：請填寫阿里巴巴該季度業績或股份回購更新中的數字，然後儲存。</translation>
    </message>
    <message>
        <source>The published figures: {explanation}</source>
        <translation>公佈的數字：{explanation}</translation>
    </message>
    <message>
        <source>{amount} over four quarters ÷ market cap {cap}</source>
        <translation>四個季度合計 {amount} ÷ 市值 {cap}</translation>
    </message>
    <message>
        <source>Delete my quarter</source>
        <translation>刪除我的季度</translation>
    </message>
    <message>
        <source>Saved {day} ({origin}); published data will not overwrite it.</source>
        <translation>已儲存 {day}（{origin}）；公佈的數據不會覆蓋它。</translation>
    </message>
    <message>
        <source>{day}: published figures restored.</source>
        <translation>{day}：已恢復公佈的數字。</translation>
    </message>
    <message>
        <source>{day}: your quarter was removed.</source>
        <translation>{day}：已刪除你添加的季度。</translation>
    </message>
    <message>
        <source>Repurchased US$</source>
        <translation>回購金額（美元）</translation>
    </message>
    <message>
        <source>ADS bought</source>
        <translation>回購 ADS</translation>
    </message>
    <message>
        <source>ADS outstanding</source>
        <translation>流通 ADS</translation>
    </message>
    <message>
        <source>Authorization left</source>
        <translation>剩餘授權</translation>
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
        <translation>{quarters}的回購金額</translation>
    </message>
    <message>
        <source>the ADS outstanding at the end of {quarters}</source>
        <translation>{quarters}末的流通 ADS</translation>
    </message>
    <message>
        <source>the authorization left at &lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{day}&quot;&gt;{quarter}&lt;/a&gt;的剩餘授權</translation>
    </message>
    <message>
        <source>&lt;b&gt;To see the runway and projection, enter&lt;/b&gt; {asks}. Tracker found no published figure for it, so it shows none rather than a guess. It is in Alibaba&apos;s quarterly results and Share Repurchase Updates.</source>
        <translation>&lt;b&gt;要查看可持續季度和預測，請輸入&lt;/b&gt;{asks}。Tracker 沒有找到已公佈的數字，因此不作猜測。該數字見於阿里巴巴的季度業績和股份回購公告。</translation>
    </message>
    <message>
        <source>&lt;b&gt;To see the runway and projection, enter&lt;/b&gt; {asks}. Tracker found no published figure for them, so it shows none rather than a guess. They are in Alibaba&apos;s quarterly results and Share Repurchase Updates.</source>
        <translation>&lt;b&gt;要查看可持續季度和預測，請輸入&lt;/b&gt;{asks}。Tracker 沒有找到已公佈的數字，因此不作猜測。這些數字見於阿里巴巴的季度業績和股份回購公告。</translation>
    </message>
    <message>
        <source>Returns over</source>
        <translation>收益區間</translation>
    </message>
    <message>
        <source>Cost method</source>
        <translation>成本計算方法</translation>
    </message>
    <message>
        <source>Automatic (daily)</source>
        <translation>自動（每日）</translation>
    </message>
    <message>
        <source>Manual (Back up now)</source>
        <translation>手動（立即備份）</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢復之前</translation>
    </message>
    <message>
        <source>Before the upgrade to schema {version}</source>
        <translation>升級到第 {version} 版資料結構之前</translation>
    </message>
    <message>
        <source> (older name)</source>
        <translation>（舊名稱）</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 位元組</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Tracker cannot open this database.</source>
        <translation>Tracker 無法打開此資料庫。</translation>
    </message>
    <message>
        <source>Restoring replaces &lt;b&gt;{path}&lt;/b&gt; with the backup you choose. The backup is checked first, and the current database is saved to the backups folder before it is replaced (moved there as it is, when damaged).</source>
        <translation>恢復會用您選擇的備份替換 &lt;b&gt;{path}&lt;/b&gt;。備份會先經過校驗，當前資料庫在被替換前會儲存到備份資料夾（如已損壞則原樣移過去）。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Backups folder: {path}</source>
        <translation>備份資料夾：{path}</translation>
    </message>
    <message>
        <source>No backups of this database in {path} yet: choose a file instead.</source>
        <translation>{path} 中尚無此資料庫的備份：請改為選擇檔案。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>從檔案恢復</translation>
    </message>
    <message>
        <source>Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Tracker 資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>BABA&apos;s NYSE close against 8 × the 9988.HK close of the same calendar day (Hong Kong closes about 12 hours before New York) ÷ that day&apos;s USD/HKD rate.</source>
        <translation>BABA 的紐交所收市價對比同一日曆日 9988.HK 收市價 × 8（香港比紐約早約 12 小時收市）÷ 當日美元兑港元匯率。</translation>
    </message>
    <message>
        <source>ADS premium</source>
        <translation>ADS 溢價</translation>
    </message>
    <message>
        <source>No premium to show: import daily prices of both BABA and 9988.HK (and USDHKD rates) for days both listings traded.</source>
        <translation>沒有可顯示的溢價：請匯入兩地都有交易日的 BABA 和 9988.HK 日線價格（以及 USDHKD 匯率）。</translation>
    </message>
    <message>
        <source>ADS discount</source>
        <translation>ADS 折價</translation>
    </message>
    <message>
        <source>≈ at 7.80 HKD per USD (no rate stored)</source>
        <translation>≈ 按 1 美元兑 7.80 港元（未存匯率）</translation>
    </message>
    <message>
        <source>Dividends and splits reported</source>
        <translation>報告的股息和拆股</translation>
    </message>
    <message>
        <source>{provider} reported these events. Nothing has been recorded: tick the dividends you received and the splits that happened; you can correct a dividend&apos;s amount and pay date afterwards (double-click the row). Feeds have mislabelled Alibaba&apos;s ADS events before, so check each one against your broker&apos;s statement.</source>
        <translation>{provider} 報告了以下事件。尚未記錄任何內容：請勾選您收到的股息和實際發生的拆股；之後可以修改股息的金額和派息日（雙擊該行）。資料源曾錯誤標註過阿里巴巴 ADS 的事件，請逐一對照您的經紀結單核實。</translation>
    </message>
    <message>
        <source>record it: each {symbol} unit held before {day} becomes {factor}</source>
        <translation>記錄為：{day} 之前持有的每股 {symbol} 變為 {factor}</translation>
    </message>
    <message>
        <source>record {amount} gross, dated {day}</source>
        <translation>記錄稅前 {amount}，日期 {day}</translation>
    </message>
    <message>
        <source>you held no {symbol} the day before: nothing to record</source>
        <translation>前一日您未持有 {symbol}：無需記錄</translation>
    </message>
    <message>
        <source>not a split Tracker can record</source>
        <translation>Tracker 無法記錄的拆股</translation>
    </message>
    <message>
        <source>Record ticked events</source>
        <translation>記錄勾選的事件</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暫不</translation>
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
        <translation>鏡像或代理的協議、主機和端口；留空則使用 {url}。環境變數 {variable} 優先於此設定。</translation>
    </message>
    <message>
        <source>{provider} URL</source>
        <translation>{provider} 網址</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超時</translation>
    </message>
    <message>
        <source>Update prices when Tracker opens</source>
        <translation>Tracker 啓動時更新價格</translation>
    </message>
    <message>
        <source>Replace the stored bars with the provider&apos;s anyway?</source>
        <translation>仍要用數據源的陰陽燭替換已存的嗎？</translation>
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
        <translation>更新價格</translation>
    </message>
    <message>
        <source>Fetching {series} from {provider}</source>
        <translation>正在從 {provider} 獲取 {series}</translation>
    </message>
    <message>
        <source>{symbol} {added} added, {updated} updated</source>
        <translation>{symbol} 新增 {added}，更新 {updated}</translation>
    </message>
    <message>
        <source>Prices from {provider}: {counts}</source>
        <translation>來自 {provider} 的價格：{counts}</translation>
    </message>
    <message>
        <source>Replace stored prices?</source>
        <translation>替換已存的價格？</translation>
    </message>
    <message>
        <source>Replace the stored bars with the provider&apos;s anyway? Mixing adjusted and raw closes shifts old returns and reactions.</source>
        <translation>仍要用提供方的資料替換已存的陰陽燭嗎？混用復權和未復權收市價會改變以往的回報和股價反應。</translation>
    </message>
    <message>
        <source>Update refused: the stored prices are as they were</source>
        <translation>已拒絕更新：已存的價格保持原樣</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>更新失敗</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未寫入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was written: unexpected {error}</source>
        <translation>未寫入任何內容：意外錯誤 {error}</translation>
    </message>
    <message>
        <source>Update cancelled: the database is as it was</source>
        <translation>更新已取消：資料庫保持原樣</translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation>無法記錄該事件</translation>
    </message>
    <message>
        <source>Price provider settings saved</source>
        <translation>行情提供方設定已儲存</translation>
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
        <translation>正在取消……資料庫保持原樣。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Trade and statement files (*.csv *.txt *.xml *.json);;All files (*)</source>
        <translation>交易與結單檔案 (*.csv *.txt *.xml *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{day} buy {quantity} {symbol} at {price} {currency}, fee {fee}</source>
        <translation>{day} 買入 {quantity} {symbol}，價格 {price} {currency}，費用 {fee}</translation>
    </message>
    <message>
        <source>{day} sell {quantity} {symbol} at {price} {currency}, fee {fee}</source>
        <translation>{day} 賣出 {quantity} {symbol}，價格 {price} {currency}，費用 {fee}</translation>
    </message>
    <message>
        <source>{day} dividend {symbol} {gross} {currency}, withholding {withholding}</source>
        <translation>{day} 股息 {symbol} {gross} {currency}，預扣稅 {withholding}</translation>
    </message>
    <message>
        <source>{day} fee {symbol} {amount} {currency}</source>
        <translation>{day} 費用 {symbol} {amount} {currency}</translation>
    </message>
    <message>
        <source>{day} conversion of {quantity} {symbol} to {other}</source>
        <translation>{day} 把 {quantity} {symbol} 轉換為 {other}</translation>
    </message>
    <message>
        <source>{day} split of {symbol} x{factor}</source>
        <translation>{day} {symbol} 拆股 x{factor}</translation>
    </message>
    <message>
        <source>{day} transfer of {quantity} {symbol}, fee {fee}</source>
        <translation>{day} 轉倉 {quantity} {symbol}，費用 {fee}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主帳戶</translation>
    </message>
    <message>
        <source>Redo {step} failed: {problem}</source>
        <translation>重做“{step}”失敗：{problem}</translation>
    </message>
    <message>
        <source>Undo {step} failed: {problem}</source>
        <translation>撤銷“{step}”失敗：{problem}</translation>
    </message>
    <message>
        <source>add {entry}</source>
        <translation>添加 {entry}</translation>
    </message>
    <message>
        <source>edit {entry}</source>
        <translation>編輯 {entry}</translation>
    </message>
    <message>
        <source>delete {entry}</source>
        <translation>刪除 {entry}</translation>
    </message>
    <message>
        <source>delete {count} entries</source>
        <translation>刪除 {count} 個條目</translation>
    </message>
    <message>
        <source>add account {name}</source>
        <translation>添加帳戶 {name}</translation>
    </message>
    <message>
        <source>delete account {name}</source>
        <translation>刪除帳戶 {name}</translation>
    </message>
    <message>
        <source>rename account {name}</source>
        <translation>重命名帳戶 {name}</translation>
    </message>
    <message>
        <source>import {count} {symbol} prices</source>
        <translation>匯入 {count} 個 {symbol} 價格</translation>
    </message>
    <message>
        <source>import {count} activities</source>
        <translation>匯入 {count} 項活動</translation>
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
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>券商</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Broker id</source>
        <translation>券商帳戶號碼</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>無法刪除：{reason}</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>重新命名帳戶</translation>
    </message>
    <message>
        <source>New name of {name}:</source>
        <translation>{name} 的新名稱：</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
</context>
<context>
    <name>BuybackPanel</name>
    <message>
        <source>Buyback quarters</source>
        <translation>回購季度</translation>
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
        <translation>轉出帳戶(&amp;N)</translation>
    </message>
    <message>
        <source>To accoun&amp;t</source>
        <translation>轉入帳戶(&amp;T)</translation>
    </message>
    <message>
        <source>A rate of {rate} {to} per {frm} is far from the usual {expected}: is it the wrong way round? The cost carried over is multiplied by it.</source>
        <translation>匯率 {rate} {to}/{frm} 與通常的 {expected} 相差很遠：是否寫反了？轉入的成本會乘以這個匯率。</translation>
    </message>
    <message>
        <source>ADS convert whole: {quantity} {symbol} units make {ads} ADS; the depositary converts multiples of {ratio} shares.</source>
        <translation>美國預託股按整數轉換：{quantity} 單位 {symbol} 合 {ads} 股美國預託股；存託銀行只轉換 {ratio} 股的整數倍。</translation>
    </message>
</context>
<context>
    <name>DividendDialog</name>
    <message>
        <source>Acc&amp;ount</source>
        <translation>帳戶(&amp;O)</translation>
    </message>
    <message>
        <source>The {title} of {symbol} is recorded already: {day}, net {net}. Saved again it is counted twice, unless it was a second payment.</source>
        <translation>{symbol} 的{title}已經記錄過：{day}，淨額 {net}。再次儲存會重複計算，除非這是第二筆付款。</translation>
    </message>
    <message>
        <source>A gross of {gross} is far from the {declared} the {title} pays on the {units} {symbol} held at its ex-date {day}: is it right?</source>
        <translation>稅前金額 {gross} 與{title}按除息日 {day} 持有的 {units} {symbol} 應付的 {declared} 相差很大：金額對嗎？</translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <source>Past results</source>
        <translation>過往業績</translation>
    </message>
    <message>
        <source>Choose the columns (or right-click the header)</source>
        <translation>選擇顯示的欄（或右鍵按表頭）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>預設欄</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>a weekend</source>
        <translation>週末</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>{exchange} did not trade on {day} ({why}): is the date right?</source>
        <translation>{exchange} 在 {day} 休市（{why}）：日期正確嗎？</translation>
    </message>
    <message>
        <source>{price} is outside {symbol}&apos;s range on {day} ({low} – {high}): is the price right?</source>
        <translation>{price} 超出 {symbol} 在 {day} 的價格區間（{low} – {high}）：價格正確嗎？</translation>
    </message>
</context>
<context>
    <name>ExportSizeDialog</name>
    <message>
        <source>Export size</source>
        <translation>匯出尺寸</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>闊度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>闊度(&amp;W)</translation>
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
        <translation>帳戶(&amp;O)</translation>
    </message>
</context>
<context>
    <name>GainsDialog</name>
    <message>
        <source>Closed lots</source>
        <translation>已平倉批次</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>檔案預覽</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Listing shown in the chart</source>
        <translation>圖表中顯示的上市股份</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>業績</translation>
    </message>
    <message>
        <source>Buybacks</source>
        <translation>回購</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1（更新中…）</translation>
    </message>
    <message>
        <source>&amp;Transfer between accounts…</source>
        <translation>帳戶間轉倉(&amp;T)…</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>正在讀取 {path}…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>持倉</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} · total {total}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} · 總回報 {total}</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;position&quot;&gt;All figures&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;position&quot;&gt;全部數字&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Reading earnings…</source>
        <translation>正在讀取業績…</translation>
    </message>
    <message>
        <source>Reading buybacks…</source>
        <translation>正在讀取回購…</translation>
    </message>
    <message>
        <source>Record units moved from one account to another (not a sale: the lots keep their cost and dates)</source>
        <translation>記錄從一個帳戶轉到另一個帳戶的股份（不是賣出：批次保留原成本和日期）</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>新增帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account (a broker record) to keep activities in</source>
        <translation>添加一個帳戶（經紀記錄）來存放交易記錄</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>帳戶(&amp;O)…</translation>
    </message>
    <message>
        <source>Rename the accounts, or delete one that holds nothing</source>
        <translation>重新命名帳戶，或刪除沒有任何活動的帳戶</translation>
    </message>
    <message>
        <source>&amp;Earnings panel</source>
        <translation>業績面板(&amp;E)</translation>
    </message>
    <message>
        <source>Buyback&amp;s panel</source>
        <translation>回購面板(&amp;S)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Tracker connects to the internet only when you ask it to (File ▸ Update prices); everything stays in your database file.</source>
        <translation>Tracker 只在您要求時聯網（檔案 ▸ 更新價格）；所有資料都儲存在您的資料庫檔案中。</translation>
    </message>
    <message>
        <source>The other Tracker closed this database: you can edit again</source>
        <translation>另一個 Tracker 已關閉此資料庫：您可以再次編輯</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一個程式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {who} is writing to this database, so this window only shows it (and follows its changes). It becomes editable once that one closes.</source>
        <translation>&lt;b&gt;只讀：&lt;/b&gt;{who}正在寫入此資料庫，因此本視窗僅顯示它（並跟隨其變更）。對方關閉後即可編輯。</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打開其他檔案…</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation>，另有 {count} 條</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} impossible entry in this history:&lt;/b&gt; {shown}{more}. Figures leave it out until you edit or delete it.</source>
        <translation>&lt;b&gt;歷史記錄中有 {count} 條不可能的記錄：&lt;/b&gt;{shown}{more}。在您編輯或刪除之前，各項數字不計入它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} impossible entries in this history:&lt;/b&gt; {shown}{more}. Figures leave them out until you edit or delete them.</source>
        <translation>&lt;b&gt;歷史記錄中有 {count} 條不可能的記錄：&lt;/b&gt;{shown}{more}。在您編輯或刪除之前，各項數字不計入它們。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} stored row cannot be read and is left out of every figure:&lt;/b&gt; {shown}{more} (`tracker check` lists them all).</source>
        <translation>&lt;b&gt;{count} 行存儲資料無法讀取，未計入任何數字：&lt;/b&gt;{shown}{more}（`tracker check` 會全部列出）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} stored rows cannot be read and are left out of every figure:&lt;/b&gt; {shown}{more} (`tracker check` lists them all).</source>
        <translation>&lt;b&gt;{count} 行存儲資料無法讀取，未計入任何數字：&lt;/b&gt;{shown}{more}（`tracker check` 會全部列出）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risky folder:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;有風險的資料夾：&lt;/b&gt;{warning}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>{who} ended without closing this database; this window took it over</source>
        <translation>{who}未關閉此資料庫就已結束；本視窗已接管它</translation>
    </message>
    <message>
        <source>Read-only: another Tracker is writing to this database</source>
        <translation>只讀：另一個 Tracker 正在寫入此資料庫</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <source>{symbol} prices through {day}</source>
        <translation>{symbol} 價格截至 {day}</translation>
    </message>
    <message>
        <source>no prices yet — File ▸ Import prices</source>
        <translation>尚無價格——檔案 ▸ 匯入價格</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只讀）</translation>
    </message>
    <message>
        <source>Dividend received</source>
        <translation>已收股息</translation>
    </message>
    <message>
        <source>net {net} (gross {gross})</source>
        <translation>淨額 {net}（稅前 {gross}）</translation>
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
        <translation>這 {count} 條記錄</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete {what}?

Undo (Ctrl+Z) brings it back.</source>
        <translation>刪除{what}？

復原（Ctrl+Z）可以恢復。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>無法刪除</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉倉</translation>
    </message>
    <message>
        <source>Nothing was deleted: {problem}</source>
        <translation>未刪除任何內容：{problem}</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已刪除：{what}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <source>Name of the account (such as the broker&apos;s name):</source>
        <translation>帳戶名稱（例如經紀名稱）：</translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation>無法添加帳戶</translation>
    </message>
    <message>
        <source>Added account {0}</source>
        <translation>已添加帳戶 {0}</translation>
    </message>
    <message>
        <source>Cannot rename the account</source>
        <translation>無法重新命名帳戶</translation>
    </message>
    <message>
        <source>Renamed account {old} to {new}</source>
        <translation>已將帳戶 {old} 重新命名為 {new}</translation>
    </message>
    <message>
        <source>Cannot delete the account</source>
        <translation>無法刪除帳戶</translation>
    </message>
    <message>
        <source>Deleted account {name}</source>
        <translation>已刪除帳戶 {name}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已復原：{what}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <source>Importing {rows} {symbol} price rows from {file}</source>
        <translation>正在從 {file} 匯入 {rows} 行 {symbol} 價格</translation>
    </message>
    <message>
        <source>Importing {rows} trades from {file}</source>
        <translation>正在從 {file} 匯入 {rows} 筆交易</translation>
    </message>
    <message>
        <source>Importing {rows} activities from {file}</source>
        <translation>正在從 {file} 匯入 {rows} 項活動</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Imported {symbol} prices: {added} added, {updated} updated ({first} to {last})</source>
        <translation>已匯入 {symbol} 價格：新增 {added}，更新 {updated}（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>Imported {added} activities ({skipped} already there)</source>
        <translation>已匯入 {added} 項活動（{skipped} 項已存在）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未匯入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported: unexpected {error}</source>
        <translation>未匯入任何內容：意外錯誤 {error}</translation>
    </message>
    <message>
        <source>Import cancelled: the database is as it was</source>
        <translation>匯入已取消：資料庫保持原樣</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>Export trades</source>
        <translation>匯出交易</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation>無法寫入 {path}：{problem}</translation>
    </message>
    <message>
        <source>Exported {count} trades to {path}</source>
        <translation>已將 {count} 筆交易匯出到 {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打開資料庫</translation>
    </message>
    <message>
        <source>Tracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>Tracker 資料庫 (*.db *.sqlite);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>Tracker databases (*.db)</source>
        <translation>Tracker 資料庫 (*.db)</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open database to open it.</source>
        <translation>{path} 已存在。請用 檔案 ▸ 打開資料庫 打開它。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>無法打開資料庫</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打開 {path}</translation>
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
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份到 {path}</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>拒絕恢復</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢復任何內容。</translation>
    </message>
    <message>
        <source>; the previous database was saved to {path}</source>
        <translation>；原資料庫已儲存到 {path}</translation>
    </message>
    <message>
        <source>; the damaged database was moved to {path}</source>
        <translation>；損壞的資料庫已移至 {path}</translation>
    </message>
    <message>
        <source>Restored {name} from {backup}{kept}</source>
        <translation>已從 {backup} 恢復 {name}{kept}</translation>
    </message>
</context>
<context>
    <name>NextResultsCard</name>
    <message>
        <source>Remind days before the results</source>
        <translation>業績公佈前幾天提醒</translation>
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
        <translation>持倉</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>溢價</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>could not write the image to {path}</source>
        <translation>無法把圖像寫入 {path}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量圖 (*.svg)</translation>
    </message>
</context>
<context>
    <name>TradeDialog</name>
    <message>
        <source>Acc&amp;ount</source>
        <translation>帳戶(&amp;O)</translation>
    </message>
    <message>
        <source>{price} is far from {symbol}&apos;s close of {close} on {day}: is the price right?</source>
        <translation>{price} 與 {symbol} 在 {day} 的收市價 {close} 相差很大：價格正確嗎？</translation>
    </message>
    <message>
        <source>{symbol} trades in board lots of {lot} shares: {quantity} is not a whole number of lots (odd lots trade apart).</source>
        <translation>{symbol} 每手 {lot} 股：{quantity} 不是整手（碎股另行買賣）。</translation>
    </message>
    <message>
        <source>The fee of {fee} is {share} of the trade&apos;s {gross}: is the fee right?</source>
        <translation>費用 {fee} 佔這筆交易 {gross} 的 {share}：費用填對了嗎？</translation>
    </message>
</context>
<context>
    <name>TradeImportDialog</name>
    <message>
        <source>Choose a trade CSV, an IBKR Flex statement (XML) or an export…</source>
        <translation>選擇交易 CSV、IBKR Flex 結單 (XML) 或匯出檔案…</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>按內容識別</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Columns of this broker&apos;s file</source>
        <translation>此券商檔案的欄</translation>
    </message>
    <message>
        <source> (or amount)</source>
        <translation>（或金額）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可選）</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>小數點 (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56 and 70,50)</source>
        <translation>逗號 (1.234,56 與 70,50)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存為預設…</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>日期順序</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>小數分隔符</translation>
    </message>
    <message>
        <source>Import possible duplicates too (rows equal to a stored activity except for their note)</source>
        <translation>也匯入可能的重複項（除備註外與已存活動相同的行）</translation>
    </message>
    <message>
        <source>Record the splits the statement reports</source>
        <translation>記錄結單報告的拆股</translation>
    </message>
    <message>
        <source>Rows that name no account go to</source>
        <translation>未註明帳戶的行歸入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Rows as they will be read:</source>
        <translation>將讀取的行：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅費</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Preset: {0}</source>
        <translation>預設：{0}</translation>
    </message>
    <message>
        <source>Map the columns…</source>
        <translation>對應欄位…</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>儲存預設</translation>
    </message>
    <message>
        <source>Name of this broker&apos;s mapping:</source>
        <translation>此券商對應的名稱：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>not Tracker&apos;s columns: choose “Map the columns…” or a preset</source>
        <translation>不是 Tracker 的欄位：請選擇「對應欄位…」或一個預設</translation>
    </message>
    <message>
        <source>detected: {0}</source>
        <translation>識別為：{0}</translation>
    </message>
    <message>
        <source>columns mapped below</source>
        <translation>欄位對應見下方</translation>
    </message>
    <message>
        <source>{0} read.</source>
        <translation>已讀取 {0}。</translation>
    </message>
    <message>
        <source>{0:,} corporate action shown, not applied</source>
        <translation>顯示 {0:,} 項公司行動，未套用</translation>
    </message>
    <message>
        <source>{0}: every {1} in this file is already imported ({2:,} skipped); nothing to add{3}.</source>
        <translation>{0}：此檔案中每項{1}都已匯入（略過 {2:,} 項）；沒有可加入的{3}。</translation>
    </message>
    <message>
        <source>{0}: &lt;b&gt;{1} to add&lt;/b&gt;, {2:,} already imported (skipped){3}.</source>
        <translation>{0}：&lt;b&gt;將加入 {1}&lt;/b&gt;，{2:,} 項已匯入（略過）{3}。</translation>
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
        <translation>{0:,} 筆交易</translation>
    </message>
    <message>
        <source>{0:,} trades</source>
        <translation>{0:,} 筆交易</translation>
    </message>
    <message>
        <source>{0:,} dividend</source>
        <translation>{0:,} 筆股息</translation>
    </message>
    <message>
        <source>{0:,} dividends</source>
        <translation>{0:,} 筆股息</translation>
    </message>
    <message>
        <source>{0:,} fee</source>
        <translation>{0:,} 筆費用</translation>
    </message>
    <message>
        <source>{0:,} fees</source>
        <translation>{0:,} 筆費用</translation>
    </message>
    <message>
        <source>{0:,} conversion</source>
        <translation>{0:,} 次轉換</translation>
    </message>
    <message>
        <source>{0:,} conversions</source>
        <translation>{0:,} 次轉換</translation>
    </message>
    <message>
        <source>{0:,} corporate action</source>
        <translation>{0:,} 項公司行動</translation>
    </message>
    <message>
        <source>{0:,} corporate actions</source>
        <translation>{0:,} 項公司行動</translation>
    </message>
    <message>
        <source>{0:,} transfer</source>
        <translation>{0:,} 次轉倉</translation>
    </message>
    <message>
        <source>{0:,} transfers</source>
        <translation>{0:,} 次轉倉</translation>
    </message>
    <message>
        <source>IBKR Flex statement</source>
        <translation>IBKR Flex 結單</translation>
    </message>
    <message>
        <source>Tracker trade CSV</source>
        <translation>Tracker 交易 CSV</translation>
    </message>
    <message>
        <source>Tracker export (CSV)</source>
        <translation>Tracker 匯出 (CSV)</translation>
    </message>
    <message>
        <source>Tracker export (JSON)</source>
        <translation>Tracker 匯出 (JSON)</translation>
    </message>
    <message>
        <source>mapped columns</source>
        <translation>對應的欄位</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>{0:,} possible duplicate ({1})</source>
        <translation>{0:,} 項可能重複（{1}）</translation>
    </message>
    <message>
        <source>{0:,} possible duplicates ({1})</source>
        <translation>{0:,} 項可能重複（{1}）</translation>
    </message>
    <message>
        <source>{0:,} not imported (other securities, cash)</source>
        <translation>{0:,} 項未匯入（其他證券、現金）</translation>
    </message>
    <message>
        <source>{0:,} corporate actions shown, not applied</source>
        <translation>顯示 {0:,} 項公司行動，未套用</translation>
    </message>
    <message>
        <source>{0:,} imported before corrected, {1:,} removed (reversed)</source>
        <translation>更正 {0:,} 項先前匯入的記錄，移除 {1:,} 項（已沖銷）</translation>
    </message>
    <message>
        <source>new account: {0}</source>
        <translation>新帳戶：{0}</translation>
    </message>
    <message>
        <source>new accounts: {0}</source>
        <translation>新帳戶：{0}</translation>
    </message>
    <message>
        <source>possible duplicate: imported</source>
        <translation>可能重複：已匯入</translation>
    </message>
    <message>
        <source>possible duplicate: skipped</source>
        <translation>可能重複：略過</translation>
    </message>
    <message>
        <source>add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>已匯入過</translation>
    </message>
    <message>
        <source>corrects the stored {0}</source>
        <translation>更正已存的 {0}</translation>
    </message>
    <message>
        <source>removes the stored entry (reversed)</source>
        <translation>移除已存記錄（已沖銷）</translation>
    </message>
    <message>
        <source>not imported: {0}</source>
        <translation>未匯入：{0}</translation>
    </message>
    <message>
        <source>cancelled: {0}</source>
        <translation>已沖銷：{0}</translation>
    </message>
    <message>
        <source>corporate action, not applied</source>
        <translation>公司行動，未套用</translation>
    </message>
    <message>
        <source>refused: {0}</source>
        <translation>拒絕：{0}</translation>
    </message>
</context>
<context>
    <name>TradesModel</name>
    <message>
        <source>Dividend: gross {gross} − withholding tax {tax} − fee {fee} = net {net} received</source>
        <translation>股息：總額 {gross} − 預扣稅 {tax} − 費用 {fee} = 實收淨額 {net}</translation>
    </message>
    <message>
        <source>{conversion}: not a sale — the lots keep their dates and their cost, carried at {rate} {to} per {from_}</source>
        <translation>{conversion}：不是賣出——批次保留原日期和成本，按每 {from_} 折 {rate} {to} 結轉</translation>
    </message>
    <message>
        <source>; fee {0}</source>
        <translation>；費用 {0}</translation>
    </message>
    <message>
        <source>Transfer of {0}: not a sale — the lots keep their dates and their cost</source>
        <translation>轉倉 {0}：不是賣出——批次保留原日期和成本</translation>
    </message>
    <message>
        <source>; fee {0}, added to their cost</source>
        <translation>；費用 {0}，計入其成本</translation>
    </message>
    <message>
        <source>A standalone fee (custody, ADS depositary fee, ...): it lowers the total return.</source>
        <translation>單獨的費用（託管費、ADS 存託費等）：會降低總回報。</translation>
    </message>
</context>
<context>
    <name>TradesView</name>
    <message>
        <source>Show one account&apos;s transactions, and its positions in the cards above (a transfer shows under both accounts)</source>
        <translation>只顯示一個帳戶的記錄，以及上方卡片中它的持倉（轉倉在兩個帳戶下都會顯示）</translation>
    </message>
    <message>
        <source>Filter transactions by text</source>
        <translation>按文字篩選交易</translation>
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
        <translation>編輯轉倉</translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation>帳戶間轉倉</translation>
    </message>
    <message>
        <source>units moved</source>
        <translation>轉移數量</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>上市股份(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;From account</source>
        <translation>轉出帳戶(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To account</source>
        <translation>轉入帳戶(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>數量(&amp;Q)</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>費用(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>What the brokers charged for the transfer, in the listing&apos;s currency: added to the cost of the units moved.</source>
        <translation>經紀為轉倉收取的費用，以該上市股份的幣種計：計入被轉移股份的成本。</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} 股</translation>
    </message>
    <message>
        <source>Held in {0} on {1} before this entry: {2} {3}</source>
        <translation>{1} 本筆之前在 {0} 持有：{2} {3}</translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>Figures as of</source>
        <translation>數字截至</translation>
    </message>
</context>
</TS>
