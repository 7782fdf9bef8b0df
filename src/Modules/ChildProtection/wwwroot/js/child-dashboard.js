// 儿童数据 charts. CSP allows no inline script: the page renders the figures as JSON in data- attributes and this
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

        var stagesEl = document.getElementById('child-stages');
        if (stagesEl) {
            size(stagesEl);
            var stages = read(stagesEl, 'data-stages');
            var bar = window.echarts.init(stagesEl);
            bar.setOption({
                animation: false,
                grid: { left: 110, right: 16, top: 8, bottom: 24 },
                tooltip: { trigger: 'axis', renderMode: 'richText' },
                xAxis: { type: 'value', minInterval: 1 },
                yAxis: { type: 'category', inverse: true, data: stages.map(function (s) { return s.name; }) },
                series: [{ name: '个案数', type: 'bar', data: stages.map(function (s) { return s.value; }) }]
            });
            charts.push(bar);
            stagesEl.setAttribute('data-rendered', 'true');
        }

        var categoriesEl = document.getElementById('child-categories');
        if (categoriesEl) {
            size(categoriesEl);
            var pie = window.echarts.init(categoriesEl);
            pie.setOption({
                animation: false,
                tooltip: { trigger: 'item', renderMode: 'richText' },
                legend: { bottom: 0, type: 'scroll' },
                series: [{ name: '儿童类别', type: 'pie', radius: ['35%', '60%'], data: read(categoriesEl, 'data-categories') }]
            });
            charts.push(pie);
            categoriesEl.setAttribute('data-rendered', 'true');
        }

        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
    else draw();
})();
