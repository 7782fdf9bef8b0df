// 养老数据 charts. CSP allows no inline script: the page renders the figures as JSON in data- attributes and this
// static file draws them with the vendored ECharts (src/Host/wwwroot/lib/echarts).
(function () {
    'use strict';

    function read(el, name) {
        try { return JSON.parse(el.getAttribute(name) || '[]'); } catch (e) { return []; }
    }

    function size(el) {
        // Inline style attributes are blocked by the CSP; setting the CSSOM property is allowed.
        el.style.width = '100%';
        el.style.height = '300px';
    }

    function draw() {
        if (typeof window.echarts === 'undefined') return;
        var charts = [];

        var trendEl = document.getElementById('figures-trend');
        if (trendEl) {
            size(trendEl);
            var trend = read(trendEl, 'data-trend');
            var line = window.echarts.init(trendEl);
            line.setOption({
                animation: false,
                grid: { left: 40, right: 16, top: 16, bottom: 40 },
                tooltip: { trigger: 'axis', renderMode: 'richText' },
                xAxis: { type: 'category', data: trend.map(function (t) { return t.month; }) },
                yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
                series: [{ name: '月探访率', type: 'line', connectNulls: false, data: trend.map(function (t) { return t.rate; }) }]
            });
            charts.push(line);
            trendEl.setAttribute('data-rendered', 'true');
        }

        var tierEl = document.getElementById('figures-tiers');
        if (tierEl) {
            size(tierEl);
            var pie = window.echarts.init(tierEl);
            pie.setOption({
                animation: false,
                color: ['#dc3545', '#ffc107', '#6c757d'],
                tooltip: { trigger: 'item', renderMode: 'richText' },
                legend: { bottom: 0 },
                series: [{ name: '风险等级', type: 'pie', radius: ['35%', '65%'], data: read(tierEl, 'data-tiers') }]
            });
            charts.push(pie);
            tierEl.setAttribute('data-rendered', 'true');
        }

        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
    else draw();
})();
