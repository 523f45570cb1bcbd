(function(){
  function marksOf(id){return document.querySelectorAll('mark[data-f~="'+id+'"]');}
  function setActive(ids,on){ids.forEach(function(id){
    marksOf(id).forEach(function(m){m.classList.toggle('active',on);});
    var card=document.getElementById('f'+id);if(card){card.classList.toggle('active',on);}
  });}
  document.querySelectorAll('mark[data-f]').forEach(function(m){
    var ids=m.dataset.f.split(' ');
    m.addEventListener('mouseenter',function(){setActive(ids,true);});
    m.addEventListener('mouseleave',function(){setActive(ids,false);});
    m.addEventListener('click',function(){var c=document.getElementById('f'+ids[0]);
      if(c){c.scrollIntoView({behavior:'smooth',block:'center'});}});
  });
  document.querySelectorAll('.finding').forEach(function(c){
    var ids=[c.dataset.f];
    c.addEventListener('mouseenter',function(){setActive(ids,true);});
    c.addEventListener('mouseleave',function(){setActive(ids,false);});
  });
  document.documentElement.classList.add('js');
})();
(function(){
  var table=document.getElementById('articles');
  if(!table){return;}
  var body=table.tBodies[0];
  function value(row,i,kind){var cell=row.cells[i];
    var v=cell.dataset.value!==undefined?cell.dataset.value:cell.textContent;
    return kind==='number'?parseFloat(v)||0:v.toLowerCase();}
  table.querySelectorAll('th[data-sort]').forEach(function(th,i){
    th.addEventListener('click',function(){
      var kind=th.dataset.sort,down=th.dataset.dir!=='desc';
      table.querySelectorAll('th').forEach(function(h){delete h.dataset.dir;});
      th.dataset.dir=down?'desc':'asc';
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=value(a,i,kind),y=value(b,i,kind);
        var c=x<y?-1:x>y?1:0;return down?-c:c;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  var category=document.getElementById('f-category'),severity=document.getElementById('f-severity');
  function filter(){body.querySelectorAll('tr').forEach(function(r){
    var ok=(!category.value||+r.dataset[category.value]>0)&&(!severity.value||+r.dataset[severity.value]>0);
    r.hidden=!ok;});}
  category.addEventListener('change',filter);severity.addEventListener('change',filter);
})();
